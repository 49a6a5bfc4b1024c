package org.vigil.contracts.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ProblemTypeTest {

    @Test
    void every_type_has_its_own_uri() {
        assertEquals(
                ProblemType.values().length,
                Arrays.stream(ProblemType.values())
                        .map(ProblemType::uri)
                        .distinct()
                        .count());
        assertEquals(
                "https://vigil.example/problems/payload-too-large",
                ProblemType.PAYLOAD_TOO_LARGE.uri().toString());
    }

    @Test
    void a_bare_status_answers_as_its_plain_http_condition() {
        assertEquals(ProblemType.METHOD_NOT_ALLOWED, ProblemType.forStatus(405));
        assertEquals(ProblemType.PAYLOAD_TOO_LARGE, ProblemType.forStatus(413));
        assertEquals(ProblemType.URI_TOO_LONG, ProblemType.forStatus(414));
        assertEquals(ProblemType.HEADER_FIELDS_TOO_LARGE, ProblemType.forStatus(431));
        assertEquals(ProblemType.BAD_REQUEST, ProblemType.forStatus(418));
        assertEquals(ProblemType.INTERNAL_ERROR, ProblemType.forStatus(502));
    }
}
