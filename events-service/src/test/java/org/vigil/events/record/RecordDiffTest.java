package org.vigil.events.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import org.junit.jupiter.api.Test;

class RecordDiffTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String singleQuoted) throws Exception {
        return JSON.readTree(singleQuoted.replace('\'', '"'));
    }

    private static final String MUNICH = "{'kind': 'rally', 'title': 'Rally in Munich', 'date': '2026-02-14',"
            + " 'place': {'countryCode': 'DE', 'city': 'Munich'}, 'concerns': 'IR', 'campaign': null, 'summary': null,"
            + " 'actors': [], 'relations': [], 'figures': {}, 'updatedAt': '2026-02-14T12:00:00Z'}";

    @Test
    void theSameRecordHasNoChangesWhateverItsUpdateTime() throws Exception {
        JsonNode later = json(MUNICH.replace("12:00:00Z", "13:00:00Z"));
        assertTrue(RecordDiff.between(json(MUNICH), later).isEmpty());
    }

    @Test
    void aChangedFieldIsGivenFromAndTo() throws Exception {
        ArrayNode changes = RecordDiff.between(json(MUNICH), json(MUNICH.replace("2026-02-14'", "2026-02-15'")));
        assertEquals(json("[{'field': 'date', 'from': '2026-02-14', 'to': '2026-02-15'}]"), changes);
    }

    @Test
    void aFigureIsComparedByItsSpanDisputeAndNumberOfClaims() throws Exception {
        JsonNode one = json(MUNICH.replace(
                "'figures': {}",
                "'figures': {'attendance': {'low': 250000, 'high': null,"
                        + " 'disputed': false, 'claims': [{'claimId': 'a'}]}}"));
        JsonNode two = json(MUNICH.replace(
                "'figures': {}",
                "'figures': {'attendance': {'low': 80000, 'high': null,"
                        + " 'disputed': false, 'claims': [{'claimId': 'a'}, {'claimId': 'b'}]}}"));
        assertEquals(
                json("[{'field': 'attendance', 'from': {'low': 250000, 'high': null, 'disputed': false, 'claims': 1},"
                        + " 'to': {'low': 80000, 'high': null, 'disputed': false, 'claims': 2}}]"),
                RecordDiff.between(one, two));
    }

    @Test
    void actorsAreComparedWithoutTheClaimsBehindThem() throws Exception {
        JsonNode before = json(MUNICH.replace(
                "'actors': []",
                "'actors': [{'name': 'Diaspora Munich', 'role': 'organiser'," + " 'claimIds': ['a']}]"));
        JsonNode after = json(MUNICH.replace(
                "'actors': []",
                "'actors': [{'name': 'Diaspora Munich', 'role': 'organiser'," + " 'claimIds': ['a', 'b']}]"));
        assertTrue(RecordDiff.between(before, after).isEmpty());
    }

    @Test
    void fromNothingEveryStatedFieldIsNew() throws Exception {
        ArrayNode changes = RecordDiff.between(null, json(MUNICH));
        assertEquals(json("['kind', 'title', 'date', 'place', 'concerns']"), RecordDiff.fields(changes));
    }
}
