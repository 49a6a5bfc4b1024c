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

    /** The claim {@code claimId}, approved at {@code approvedAt} on these citations, stating {@code value}. */
    public static FigureClaim of(
            UUID claimId, FigureValue value, List<ClaimApproved.Citation> citations, Instant approvedAt) {
        return new FigureClaim(
                claimId,
                value.low(),
                value.high(),
                value.qualifier(),
                value.estimatedBy(),
                value.words(),
                citations,
                approvedAt,
                value.who());
    }

    static FigureClaim of(ApprovedClaim claim, FigureValue value) {
        return of(claim.claimId(), value, claim.citations(), claim.approvedAt());
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
