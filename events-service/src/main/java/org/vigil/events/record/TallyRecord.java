package org.vigil.events.record;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.vigil.contracts.claims.ClaimValues;
import org.vigil.contracts.claims.Place;
import org.vigil.contracts.claims.Tally;
import org.vigil.contracts.claims.TallySubject;
import org.vigil.contracts.events.ClaimApproved;
import org.vigil.contracts.vocabulary.EdtfDate;
import org.vigil.contracts.vocabulary.EventKind;
import org.vigil.contracts.vocabulary.FigureValue;

/**
 * A tally as the public sees it (docs/product.md §2 Tally): "Germany held 27 rallies in the ten
 * days between 11 and 20 January", with the quote and source that say so. Computed from one
 * approved {@code tally} claim, whose id it keeps; never an event and never counted as one.
 *
 * @param place a country, a city or a scope; {@code null} for a worldwide count
 */
@JsonIgnoreProperties(
        value = {"start", "end"},
        allowGetters = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TallyRecord(
        UUID id,
        EventKind kind,
        TallySubject subject,
        Place place,
        EdtfDate period,
        FigureValue count,
        List<ClaimApproved.Citation> citations,
        Instant approvedAt) {

    public TallyRecord {
        Objects.requireNonNull(id, "id");
        citations = citations == null ? List.of() : List.copyOf(citations);
    }

    /** The tally an approved {@code tally} claim states; {@code InvalidClaimValue} when it breaks the rules. */
    public static TallyRecord of(ApprovedClaim claim) {
        Tally tally = ClaimValues.tally(claim.value());
        return new TallyRecord(
                claim.claimId(),
                tally.kind(),
                tally.subject(),
                tally.place(),
                tally.period(),
                tally.count(),
                claim.citations(),
                claim.approvedAt());
    }

    /** The first day of the period; {@code null} when its start is open. */
    @JsonProperty("start")
    public LocalDate start() {
        return period.start();
    }

    /** The last day of the period; {@code null} when its end is open. */
    @JsonProperty("end")
    public LocalDate end() {
        return period.end();
    }

    /**
     * Where the tally is counted, as {@code event.country_code} is: the country, the scope of an
     * incident with no place on a map, or {@code ""} for a worldwide count.
     */
    public String placeKey() {
        if (place == null) {
            return "";
        }
        return place.isScoped() ? place.scope().wire() : place.countryCode();
    }
}
