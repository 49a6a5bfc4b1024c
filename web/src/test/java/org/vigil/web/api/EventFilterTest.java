package org.vigil.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class EventFilterTest {

    @Test
    void blankFieldsAreNoFilter() {
        EventFilter.Read read = EventFilter.of("", " ", null, "", "", "");
        assertTrue(read.valid());
        assertTrue(read.filter().isEmpty());
        assertEquals("", read.filter().query());
    }

    @Test
    void aValidFilterIsNormalisedAndEncoded() {
        EventFilter.Read read = EventFilter.of("de", "rally", "2026-01-11", "2026-01-20", "Global day", "München & co");
        assertTrue(read.valid());
        assertEquals(
                "country=DE&kind=rally&from=2026-01-11&to=2026-01-20&campaign=Global+day&q=M%C3%BCnchen+%26+co",
                read.filter().query());
    }

    @Test
    void invalidFieldsAreNamedAndLeftOut() {
        EventFilter.Read read = EventFilter.of("Germany", "picnic", "14.02.2026", "2026-02-30", null, "x".repeat(201));
        assertEquals(List.of("country", "kind", "from", "to", "q"), read.invalid());
        assertTrue(read.filter().isEmpty());
    }

    @Test
    void anEndBeforeTheStartIsInvalid() {
        EventFilter.Read read = EventFilter.of(null, null, "2026-02-14", "2026-02-01", null, null);
        assertEquals(List.of("to"), read.invalid());
        assertEquals("2026-02-14", read.filter().from());
        assertNull(read.filter().to());
    }
}
