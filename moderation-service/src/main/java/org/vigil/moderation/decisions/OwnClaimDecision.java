package org.vigil.moderation.decisions;

/** A moderator tried to decide on, or retract, a claim they submitted themselves. Maps to 403. */
public final class OwnClaimDecision extends ClaimRefusal {

    OwnClaimDecision() {
        super("nobody decides on a claim they submitted");
    }
}
