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
 *
 * @param absorbedAt when a merge brought the claim from a duplicate to the event it counts for now;
 *     {@code null} for the event's own claims
 */
public record ApprovedClaim(
        UUID claimId,
        ClaimProperty property,
        JsonNode value,
        List<ClaimApproved.Citation> citations,
        Instant approvedAt,
        Instant absorbedAt) {

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

    /** One of the event's own claims. */
    public ApprovedClaim(
            UUID claimId,
            ClaimProperty property,
            JsonNode value,
            List<ClaimApproved.Citation> citations,
            Instant approvedAt) {
        this(claimId, property, value, citations, approvedAt, null);
    }

    public static ApprovedClaim from(ClaimApproved approved) {
        return new ApprovedClaim(
                approved.claimId(), approved.property(), approved.value(), approved.citations(), approved.approvedAt());
    }

    /** The same claim, brought to another event by a merge at {@code at}. */
    public ApprovedClaim absorbed(Instant at) {
        return new ApprovedClaim(claimId, property, value, citations, approvedAt, at);
    }

    /** Whether the claim came from a duplicate merged into the event. */
    public boolean isAbsorbed() {
        return absorbedAt != null;
    }
}
