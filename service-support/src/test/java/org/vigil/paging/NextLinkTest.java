package org.vigil.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import org.junit.jupiter.api.Test;

class NextLinkTest {

    @Test
    void theNextPageKeepsEveryOtherParameterAndReplacesTheCursor() {
        assertEquals(
                "/api/v1/events?country=DE,FR&limit=2&cursor=abc",
                NextLink.next("/api/v1/events", "country=DE,FR&cursor=old&limit=2", "abc"));
    }

    @Test
    void aFirstPageWithoutParametersGetsOnlyTheCursor() {
        assertEquals("/api/v1/changes?cursor=abc", NextLink.next("/api/v1/changes", null, "abc"));
    }

    @Test
    void theCursorIsEncodedForTheQuery() {
        assertEquals("/x?cursor=a%2Bb%3D", NextLink.next("/x", "", "a+b="));
    }

    @Test
    void theHeaderNamesTheNextPageOfTheRequestRelativeToTheHost() {
        assertEquals(
                "</api/v1/events?limit=1&cursor=abc>; rel=\"next\"",
                NextLink.header(URI.create("http://127.0.0.1:8081/api/v1/events?limit=1"), "abc"));
    }
}
