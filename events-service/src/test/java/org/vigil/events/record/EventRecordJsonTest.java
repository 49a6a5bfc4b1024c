package org.vigil.events.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.vigil.events.record.Claims.EVENT;
import static org.vigil.events.record.Claims.attendance;
import static org.vigil.events.record.Claims.existence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventRecordJsonTest {

    private final ObjectMapper json = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final EventRecord munich = EventClaims.of(
                    EVENT,
                    List.of(
                            existence(1),
                            attendance(2, "{'low': 250000, 'qualifier': 'over', 'estimatedBy': 'media'}")))
            .record()
            .orElseThrow();

    @Test
    void serialisesToThePublicShapeOfTheSpec() throws Exception {
        JsonNode tree = json.valueToTree(munich);
        assertEquals("rally", tree.get("kind").asText());
        assertEquals("2026-02-14", tree.get("date").asText());
        assertEquals("2026-02-14", tree.get("start").asText());
        assertEquals("2026-02-14", tree.get("end").asText());
        assertEquals("day", tree.get("precision").asText());
        assertEquals("city", tree.get("place").get("precision").asText());
        assertFalse(tree.get("place").has("venue"));
        JsonNode attendance = tree.get("figures").get("attendance");
        assertEquals(250000, attendance.get("low").asLong());
        assertEquals(true, attendance.get("high").isNull());
        assertEquals("over", attendance.get("claims").get(0).get("qualifier").asText());
        assertFalse(tree.get("figures").has("killed"));
    }

    @Test
    void readsBackToAnEqualRecord() throws Exception {
        assertEquals(munich, json.readValue(json.writeValueAsString(munich), EventRecord.class));
    }
}
