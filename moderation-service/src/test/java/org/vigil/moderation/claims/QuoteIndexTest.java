package org.vigil.moderation.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class QuoteIndexTest {

    @Test
    void theFirstRevisionsCitationsAreNumberedByPosition() {
        assertEquals(3, new QuoteIndex(1, 3).wire());
    }

    @Test
    void aLaterRevisionsCitationsAreNumberedApart() {
        assertEquals(203, new QuoteIndex(3, 3).wire());
    }

    @Test
    void aNumberReadsBackAsRevisionAndPosition() {
        assertEquals(new QuoteIndex(3, 3), QuoteIndex.fromWire(203));
        assertEquals(new QuoteIndex(1, 0), QuoteIndex.fromWire(0));
    }

    @Test
    void aNegativeNumberIsNoCitation() {
        assertThrows(IllegalArgumentException.class, () -> QuoteIndex.fromWire(-1));
    }
}
