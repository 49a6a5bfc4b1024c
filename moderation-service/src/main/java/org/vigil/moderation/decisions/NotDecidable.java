package org.vigil.moderation.decisions;

import org.vigil.contracts.vocabulary.ClaimStatus;

/**
 * The claim's status does not allow the act: a decision on a claim that is not pending, a
 * retraction of one that is not approved, a withdrawal or revision of one already decided.
 * Usually someone else acted first. Maps to 409.
 */
public final class NotDecidable extends ClaimRefusal {

    private final ClaimStatus status;
    private final String act;

    NotDecidable(ClaimStatus status, String act) {
        super("a claim that is " + status.wire() + " cannot be " + act);
        this.status = status;
        this.act = act;
    }

    public ClaimStatus status() {
        return status;
    }

    /** What was attempted, in past participle: {@code decided}, {@code withdrawn}, {@code retracted}… */
    public String act() {
        return act;
    }
}
