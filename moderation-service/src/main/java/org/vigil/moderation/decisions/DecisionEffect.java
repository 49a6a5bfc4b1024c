package org.vigil.moderation.decisions;

/** What a moderator's act did to the claim. */
public enum DecisionEffect {
    /** A first approval of a sensitive claim: recorded, the claim stays pending for a second moderator. */
    APPROVAL_RECORDED,
    /** The claim has every approval it needs and takes effect: publish {@code ClaimApproved}. */
    APPROVED,
    REJECTED,
    CHANGES_REQUESTED,
    /** An approved claim was withdrawn from the public record: publish {@code ClaimRetracted}. */
    RETRACTED,
    /** Two moderators undid a retraction: the claim is published again ({@code ClaimApproved}). */
    UNRETRACTED
}
