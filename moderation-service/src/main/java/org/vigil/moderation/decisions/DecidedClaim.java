package org.vigil.moderation.decisions;

import java.util.UUID;
import org.vigil.moderation.claims.Claim;
import org.vigil.moderation.claims.Decision;

/**
 * A decision just recorded and the claim as it stands afterwards: its approvals of the current
 * revision, whether it is now in the public record (false while it waits for a second approval,
 * for its proposed event's approval, or when it was approved as a duplicate), and the event it was
 * taken to duplicate.
 */
public record DecidedClaim(
        Decision decision, Claim claim, int approvals, int approvalsRequired, boolean published, UUID duplicateOf) {

    public static DecidedClaim decided(Decision decision, Claim claim, DecisionOutcome outcome) {
        return new DecidedClaim(
                decision,
                claim,
                outcome.claim().approvals(),
                outcome.claim().approvalsRequired(),
                claim.isPublished(),
                claim.duplicateOf);
    }

    /** An undone retraction: the claim is back, published unless its event is held back. */
    public static DecidedClaim restored(Decision decision, Claim claim) {
        return new DecidedClaim(decision, claim, 0, 0, claim.isPublished(), null);
    }

    /** A retraction counts no approvals and leaves the claim out of the public record. */
    public static DecidedClaim retracted(Decision decision, Claim claim) {
        return new DecidedClaim(decision, claim, 0, 0, false, null);
    }
}
