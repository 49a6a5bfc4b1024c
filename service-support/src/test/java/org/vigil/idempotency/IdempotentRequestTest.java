package org.vigil.idempotency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class IdempotentRequestTest {

    static final IdempotencyKey KEY = new IdempotencyKey("key-1");

    @Test
    void theSameCallerEndpointAndKeyAreTheSameRow() {
        assertEquals(
                new IdempotentRequest("POST /a", "caller", KEY, "f1").digest(),
                new IdempotentRequest("POST /a", "caller", KEY, "f2").digest());
    }

    @Test
    void anotherCallerIsAnotherRow() {
        assertNotEquals(
                new IdempotentRequest("POST /a", "caller", KEY, "f").digest(),
                new IdempotentRequest("POST /a", "other", KEY, "f").digest());
    }

    @Test
    void anotherEndpointIsAnotherRow() {
        assertNotEquals(
                new IdempotentRequest("POST /a", "caller", KEY, "f").digest(),
                new IdempotentRequest("POST /b", "caller", KEY, "f").digest());
    }

    @Test
    void partsCannotBeShiftedIntoOneAnother() {
        assertNotEquals(
                new IdempotentRequest("POST /a", "b|c", KEY, "f").digest(),
                new IdempotentRequest("POST /a|b", "c", KEY, "f").digest());
    }

    @Test
    void theRowIdNamesNeitherCallerNorKey() {
        String digest = new IdempotentRequest("POST /a", "contributor1", KEY, "f").digest();
        assertEquals(64, digest.length());
        assertFalse(digest.contains("contributor1") || digest.contains("key-1"));
    }
}
