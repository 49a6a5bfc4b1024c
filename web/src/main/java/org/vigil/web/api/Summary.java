package org.vigil.web.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** {@code GET /api/v1/stats/summary}: what the current filter adds up to. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Summary(long events, long rallies, long countries, long cities, Largest largestAttendance) {

    public static Summary empty() {
        return new Summary(0, 0, 0, 0, null);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Largest(String eventId, Long low) {}
}
