package org.vigil.idempotency;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PositionalStatementTest {

    @Test
    void namesAreNumberedAsTheyFirstAppearAndARepeatedNameKeepsItsNumber() {
        assertEquals(
                "update t set status = $1, body = $2 where digest = $3 or $3 is null",
                IdempotentRequests.positional(
                        "update t set status = :status, body = :body where digest = :digest or :digest is null"));
    }
}
