package org.vigil.moderation.duplicates;

import java.time.LocalDate;
import java.util.Objects;
import org.vigil.contracts.vocabulary.EventKind;

/**
 * What duplicate detection looks at in an event: its kind, when, and where. {@code start} and
 * {@code end} are the derived bounds of its EDTF date, either null when open ({@code 2026-01/..});
 * {@code countryCode}, {@code city} and the WGS84 coordinates may each be unknown (null), but
 * {@code lat} and {@code lon} come together.
 */
public record EventOutline(
        EventKind kind, LocalDate start, LocalDate end, String countryCode, String city, Double lat, Double lon) {

    public EventOutline {
        Objects.requireNonNull(kind, "kind");
        if (start != null && end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("an event cannot end before it starts");
        }
        if ((lat == null) != (lon == null)) {
            throw new IllegalArgumentException("latitude and longitude come together");
        }
        if (lat != null && !(Math.abs(lat) <= 90 && Math.abs(lon) <= 180)) {
            throw new IllegalArgumentException("coordinates outside WGS84 bounds");
        }
    }

    boolean hasCoordinates() {
        return lat != null;
    }
}
