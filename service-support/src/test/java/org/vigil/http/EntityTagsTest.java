package org.vigil.http;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EntityTagsTest {

    @Test
    void aWeakTagMatchesItselfAndItsStrongForm() {
        assertTrue(EntityTags.matches("W/\"abc\"", "W/\"abc\""));
        assertTrue(EntityTags.matches("\"abc\"", "W/\"abc\""));
    }

    @Test
    void anyTagOfAListMatches() {
        assertTrue(EntityTags.matches("\"x\", W/\"abc\"", "W/\"abc\""));
        assertTrue(EntityTags.matches("*", "W/\"abc\""));
    }

    @Test
    void anotherTagOrNoneDoesNotMatch() {
        assertFalse(EntityTags.matches("W/\"abd\"", "W/\"abc\""));
        assertFalse(EntityTags.matches(null, "W/\"abc\""));
    }
}
