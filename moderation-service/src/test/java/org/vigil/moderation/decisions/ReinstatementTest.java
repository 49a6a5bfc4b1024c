package org.vigil.moderation.decisions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.contracts.vocabulary.ClaimStatus;

/** A superseded claim stands again when the claim that replaced it is retracted. */
class ReinstatementTest {

    private static ClaimLifecycle in(ClaimStatus status) {
        return new ClaimLifecycle(status, ClaimLifecycleTest.AUTHOR, false, List.of(), 1);
    }

    @Test
    void aSupersededClaimIsApprovedAgain() {
        assertEquals(
                ClaimStatus.APPROVED, in(ClaimStatus.SUPERSEDED).reinstate().status());
    }

    @Test
    void onlyASupersededClaimCanBeReinstated() {
        assertThrows(NotDecidable.class, () -> in(ClaimStatus.RETRACTED).reinstate());
        assertThrows(NotDecidable.class, () -> in(ClaimStatus.PENDING).reinstate());
    }
}
