package org.vigil.moderation.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;
import org.vigil.contracts.vocabulary.ClaimStatus;
import org.vigil.moderation.decisions.DecidedClaim;

/**
 * The answer to a decision: the decision's id and the claim as it stands afterwards.
 * {@code published} says whether the claim is now in the public record (false while it waits for
 * a second approval, for its proposed event's approval, or when it was approved as a duplicate).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class DecisionRecorded {

    public final UUID id;
    public final UUID claimId;
    public final String decision;
    public final String reason;
    public final Instant decidedAt;
    public final ClaimStatus claimStatus;
    public final int approvals;
    public final int approvalsRequired;
    public final boolean published;
    public final UUID eventId;
    public final UUID duplicateOf;

    public DecisionRecorded(DecidedClaim decided) {
        this.id = decided.decision().id;
        this.claimId = decided.claim().id;
        this.decision = decided.decision().decision;
        this.reason = decided.decision().reason;
        this.decidedAt = decided.decision().decidedAt;
        this.claimStatus = decided.claim().status;
        this.approvals = decided.approvals();
        this.approvalsRequired = decided.approvalsRequired();
        this.published = decided.published();
        this.eventId = decided.claim().eventId;
        this.duplicateOf = decided.duplicateOf();
    }
}
