package org.vigil.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MessageFailuresTest {

    @Test
    void anErrorIsRecordedAsOneLineWithItsCauses() {
        String error = MessageFailures.describe(new IllegalStateException(
                "the claim\ncould not be stored", new IllegalArgumentException("kind is null")));

        assertFalse(error.contains("\n"), error);
        assertTrue(error.contains("the claim could not be stored"), error);
        assertTrue(error.contains(" <- java.lang.IllegalArgumentException: kind is null"), error);
    }

    @Test
    void aLongErrorIsCutToTwoThousandCharacters() {
        assertEquals(
                2000,
                MessageFailures.describe(new RuntimeException("x".repeat(5000))).length());
    }
}
