package org.vigil.contracts.vocabulary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.vigil.contracts.claims.ActorRole;

class WireNameTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    record Tagged(EventKind kind, List<Qualifier> qualifiers, ActorRole role) {}

    @Test
    void a_constant_travels_as_its_lower_case_name() throws Exception {
        assertEquals(
                "{\"kind\":\"counter_protest\",\"qualifiers\":[\"at_least\"],\"role\":\"organiser\"}",
                JSON.writeValueAsString(
                        new Tagged(EventKind.COUNTER_PROTEST, List.of(Qualifier.AT_LEAST), ActorRole.ORGANISER)));
        assertEquals("state_affiliated", Rating.STATE_AFFILIATED.toString());
    }

    @Test
    void a_wire_name_reads_back_as_its_constant() throws Exception {
        assertEquals(
                new Tagged(EventKind.OFFICIAL_ACTION, List.of(Qualifier.UP_TO, Qualifier.OVER), ActorRole.TARGET),
                JSON.readValue(
                        "{\"kind\":\"official_action\",\"qualifiers\":[\"up_to\",\"over\"],\"role\":\"target\"}",
                        Tagged.class));
        assertEquals(Optional.of(ClaimStatus.CHANGES_REQUESTED), ClaimStatus.fromWire("changes_requested"));
        assertEquals(Optional.empty(), ClaimStatus.fromWire("CHANGES_REQUESTED"));
    }

    @Test
    void an_unknown_value_is_refused_naming_its_vocabulary() {
        JsonMappingException refused =
                assertThrows(JsonMappingException.class, () -> JSON.readValue("{\"kind\":\"picnic\"}", Tagged.class));
        assertInstanceOf(IllegalArgumentException.class, refused.getCause());
        assertEquals("unknown EventKind: picnic", refused.getCause().getMessage());
        assertEquals("kind", refused.getPath().get(0).getFieldName());
    }
}
