package org.vigil.web.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;

/**
 * A count a source gives for many events at once ("Germany held 27 rallies in the ten days between
 * 11 and 20 January"), as {@code stats/summary} lists it under {@code reported.tallies}. Shown beside
 * the record's own counts, never added to them (docs/counting.md, "What sources report").
 *
 * @param subject what is counted: {@code events} of its kind, or the {@code cities} or {@code countries} they were in
 * @param place a country (maybe a city) or a scope; {@code null} for a worldwide count
 * @param dates the period it counts over; its fields stand in the tally itself on the wire
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Tally(
        String id,
        String kind,
        String subject,
        PublicEvent.Place place,
        @JsonUnwrapped Period dates,
        PublicEvent.Estimate count,
        List<PublicEvent.Citation> citations) {

    public Tally {
        subject = subject == null ? "events" : subject;
        citations = citations == null ? List.of() : citations;
    }

    /**
     * The period a tally counts over.
     *
     * @param date its EDTF date ({@code period} on the wire)
     * @param start its first day, {@code null} when open
     * @param end its last day, {@code null} when open
     * @param within whether the period lies wholly inside the filter's dates
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Period(@JsonProperty("period") String date, String start, String end, boolean within) {}

    /** Whether the count is one ("at least 1 rally"), for the noun's number. */
    public boolean isOne() {
        return count != null && count.low() != null && count.low() == 1 && (count.high() == null || count.high() == 1);
    }

    /** The home page's filter that shows the record's own events for what this tally counts. */
    public EventFilter recordFilter() {
        String country = place == null ? null : place.scope() != null ? place.scope() : place.countryCode();
        return EventFilter.of(country, kind, dates.start(), dates.end(), null, null)
                .filter();
    }
}
