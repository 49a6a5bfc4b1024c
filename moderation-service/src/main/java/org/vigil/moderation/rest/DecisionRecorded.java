package org.vigil.moderation.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;
import org.vigil.contracts.vocabulary.ClaimStatus;

/**
 * The answer to a decision: the decision's id and the claim as it stands afterwards.
 * {@code published} says whether the claim is now in the public record (false while it waits for
 * a second approval, for its proposed event's approval, or when it was approved as a duplicate).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DecisionRecorded(
        UUID id,
        UUID claimId,
        String decision,
        String reason,
        Instant decidedAt,
        ClaimStatus claimStatus,
        int approvals,
        int approvalsRequired,
        boolean published,
        UUID eventId,
        UUID duplicateOf) {}
