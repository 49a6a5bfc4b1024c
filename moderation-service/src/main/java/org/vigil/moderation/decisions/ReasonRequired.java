package org.vigil.moderation.decisions;

/**
 * A rejection, a change request or a retraction came without a reason. The contributor and the
 * record's readers are owed one. Maps to 400, naming the field {@code reason}.
 */
public final class ReasonRequired extends ClaimRefusal {

    ReasonRequired(String act) {
        super("a reason is required to " + act + " a claim");
    }
}
