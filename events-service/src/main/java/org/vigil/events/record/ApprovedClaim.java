package org.vigil.events.record;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.vigil.contracts.events.ClaimApproved;
import org.vigil.contracts.vocabulary.ClaimProperty;

/**
 * A claim moderators approved and nobody has retracted: the only input the public record is
 * computed from. Carries no contributor or moderator identity.
 */
public record ApprovedClaim(
        UUID claimId,
        ClaimProperty property,
        JsonNode value,
        List<ClaimApproved.Citation> citations,
        Instant approvedAt) {

    /**
     * Newest first: later {@code approvedAt} first; on a tie the greater claim id in its text form,
     * which is the order PostgreSQL gives {@code uuid} columns, so SQL and Java agree on the winner.
     */
    public static final Comparator<ApprovedClaim> NEWEST_FIRST = Comparator.comparing(ApprovedClaim::approvedAt)
            .thenComparing(claim -> claim.claimId().toString())
            .reversed();

    public ApprovedClaim {
        Objects.requireNonNull(claimId, "claimId");
        Objects.requireNonNull(property, "property");
        Objects.requireNonNull(approvedAt, "approvedAt");
        citations = citations == null ? List.of() : List.copyOf(citations);
    }

    public static ApprovedClaim from(ClaimApproved approved) {
        return new ApprovedClaim(
                approved.claimId(), approved.property(), approved.value(), approved.citations(), approved.approvedAt());
    }
}
