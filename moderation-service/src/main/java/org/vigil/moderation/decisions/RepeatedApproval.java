package org.vigil.moderation.decisions;

/** A moderator approved the same revision of a sensitive claim twice. Maps to 409. */
public final class RepeatedApproval extends ClaimRefusal {

    RepeatedApproval() {
        super("you have already approved this claim; a sensitive claim needs a second, different moderator");
    }
}
