package org.vigil.web.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * {@code GET /api/v1/stats/summary}: what the current filter adds up to, and beside it what sources
 * report as counts of their own ({@code reported.tallies}, never added to the record's numbers).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Summary(
        long events, long rallies, long countries, long cities, Largest largestAttendance, Reported reported) {

    public Summary {
        reported = reported == null ? Reported.NONE : reported;
    }

    public static Summary empty() {
        return new Summary(0, 0, 0, 0, null, Reported.NONE);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Largest(String eventId, Long low) {}

    /** The tallies matching the filter (at most 50), worldwide ones first. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Reported(List<Tally> tallies) {

        static final Reported NONE = new Reported(List.of());

        public Reported {
            tallies = tallies == null ? List.of() : tallies;
        }
    }
}
