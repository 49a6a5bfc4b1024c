package org.vigil.contracts.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProblemTypeTest {

    @Test
    void every_type_has_its_own_uri_under_the_public_url() {
        assertEquals(
                ProblemType.values().length,
                Arrays.stream(ProblemType.values())
                        .map(type -> type.uri("https://vigil.example.org"))
                        .distinct()
                        .count());
        assertEquals(
                "https://vigil.example.org/problems/payload-too-large",
                ProblemType.PAYLOAD_TOO_LARGE.uri("https://vigil.example.org").toString());
        assertEquals(
                "http://localhost:8080/problems/payload-too-large",
                ProblemType.PAYLOAD_TOO_LARGE.uri("http://localhost:8080/").toString());
    }

    @Test
    void a_slug_names_its_type_and_nothing_else() {
        for (ProblemType type : ProblemType.values()) {
            assertEquals(Optional.of(type), ProblemType.bySlug(type.slug()));
        }
        assertEquals(Optional.empty(), ProblemType.bySlug("no-such-problem"));
        assertEquals(Optional.empty(), ProblemType.bySlug("INVALID_INPUT"));
    }

    /** The developers' guide and the web app's pages (whose own test checks them) describe the same list. */
    @Test
    void every_type_is_described_in_docs_problems_md() throws IOException {
        String guide = Files.readString(Path.of("../docs/problems.md"));
        for (ProblemType type : ProblemType.values()) {
            assertTrue(
                    guide.contains("**`" + type.slug() + "`**"), type.slug() + " is not described in docs/problems.md");
        }
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
