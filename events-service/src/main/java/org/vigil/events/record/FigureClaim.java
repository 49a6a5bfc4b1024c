package org.vigil.events.record;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.vigil.contracts.events.ClaimApproved;
import org.vigil.contracts.vocabulary.Affected;
import org.vigil.contracts.vocabulary.EstimatedBy;
import org.vigil.contracts.vocabulary.FigureValue;
import org.vigil.contracts.vocabulary.Qualifier;

/**
 * One approved claim behind a figure, listed beside it with its source so a reader can see who
 * said what: "over 250,000 (media, Wikipedia)", "about 80,000 (police)".
 *
 * <p>{@code low} and {@code high} are as read by {@code ClaimValues.figure}: {@code null} low means
 * the source stated no lower bound ({@code up_to}, {@code under}); {@code null} high means no upper
 * bound ({@code over}, {@code at_least}); {@code exact} and {@code about} have {@code high == low}.
 */
public record FigureClaim(
        UUID claimId,
        Long low,
        Long high,
        Qualifier qualifier,
        EstimatedBy estimatedBy,
        String words,
        List<ClaimApproved.Citation> citations,
        Instant approvedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) Affected who) {

    public FigureClaim {
        citations = citations == null ? List.of() : List.copyOf(citations);
    }

    /** A claim that does not say whom it counts. */
    public FigureClaim(
            UUID claimId,
            Long low,
            Long high,
            Qualifier qualifier,
            EstimatedBy estimatedBy,
            String words,
            List<ClaimApproved.Citation> citations,
            Instant approvedAt) {
        this(claimId, low, high, qualifier, estimatedBy, words, citations, approvedAt, null);
    }

    static FigureClaim of(ApprovedClaim claim, FigureValue value) {
        return new FigureClaim(
                claim.claimId(),
                value.low(),
                value.high(),
                value.qualifier(),
                value.estimatedBy(),
                value.words(),
                claim.citations(),
                claim.approvedAt(),
                value.who());
    }

    /** The smallest number this claim allows: its low, or 0 when it states none. */
    long floor() {
        return low == null ? 0 : low;
    }

    /** The largest number this claim allows: its high, or no limit when it states none. */
    long ceiling() {
        return high == null ? Long.MAX_VALUE : high;
    }
}
