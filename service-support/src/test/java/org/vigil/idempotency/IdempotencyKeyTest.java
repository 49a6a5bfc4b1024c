package org.vigil.idempotency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.vigil.problem.ProblemException;

class IdempotencyKeyTest {

    @Test
    void noHeaderIsNoKey() {
        assertTrue(IdempotencyKey.parse(null).isEmpty());
    }

    @Test
    void aUuidIsAKey() {
        assertEquals(
                "0f5b2c1e-9f3a-4c55-8d2e-1b7a6c3d4e5f",
                IdempotencyKey.parse(" 0f5b2c1e-9f3a-4c55-8d2e-1b7a6c3d4e5f ")
                        .orElseThrow()
                        .value());
    }

    @Test
    void anEmptyKeyIsRefusedNamingTheHeader() {
        ProblemException refused = assertThrows(ProblemException.class, () -> IdempotencyKey.parse("  "));
        assertEquals(400, refused.problem().status());
        assertEquals("Idempotency-Key", refused.problem().errors().get(0).field());
    }

    @Test
    void aKeyOfMoreThan255CharactersIsRefused() {
        assertThrows(ProblemException.class, () -> IdempotencyKey.parse("k".repeat(256)));
        assertEquals(
                255, IdempotencyKey.parse("k".repeat(255)).orElseThrow().value().length());
    }

    @Test
    void aKeyWithSpacesOrLettersBeyondAsciiIsRefused() {
        assertThrows(ProblemException.class, () -> IdempotencyKey.parse("two words"));
        assertThrows(ProblemException.class, () -> IdempotencyKey.parse("کلید"));
    }
}
