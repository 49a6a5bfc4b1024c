package org.vigil.events.record;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
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
 * <p>Its {@link Bounds} stand in the claim itself on the wire, as {@code low} and {@code high}.
 */
public record FigureClaim(
        UUID claimId,
        @JsonUnwrapped Bounds bounds,
        Qualifier qualifier,
        EstimatedBy estimatedBy,
        String words,
        List<ClaimApproved.Citation> citations,
        Instant approvedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) Affected who) {

    public FigureClaim {
        bounds = bounds == null ? new Bounds(null, null) : bounds;
        citations = citations == null ? List.of() : List.copyOf(citations);
    }

    /** The claim {@code claimId}, approved at {@code approvedAt} on these citations, stating {@code value}. */
    public static FigureClaim of(
            UUID claimId, FigureValue value, List<ClaimApproved.Citation> citations, Instant approvedAt) {
        return new FigureClaim(
                claimId,
                new Bounds(value.low(), value.high()),
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

    public Long low() {
        return bounds.low();
    }

    public Long high() {
        return bounds.high();
    }

    /**
     * The numbers a claim allows, as read by {@code ClaimValues.figure}: {@code null} low means the
     * source stated no lower bound ({@code up_to}, {@code under}); {@code null} high means no upper
     * bound ({@code over}, {@code at_least}); {@code exact} and {@code about} have {@code high == low}.
     */
    public record Bounds(Long low, Long high) {

        /** The smallest number allowed: low, or 0 when none is stated. */
        long floor() {
            return low == null ? 0 : low;
        }

        /** The largest number allowed: high, or no limit when none is stated. */
        long ceiling() {
            return high == null ? Long.MAX_VALUE : high;
        }
    }
}
