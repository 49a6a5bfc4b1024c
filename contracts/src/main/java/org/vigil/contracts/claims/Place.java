package org.vigil.contracts.claims;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;

/**
 * Where an event happened (docs/product.md §2 Event). Either a place on a map: {@code countryCode}
 * and what is known below it, its {@link Coordinates} ({@code lat} and {@code lon} on the wire),
 * {@code precision} the named unit they (and the event) are known to. Or, for an incident with no
 * place on a map, a {@code scope} ({@code online}, {@code transnational}) with the countries it
 * {@code targets} (ISO 3166-1 alpha-2) and nothing else.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Place(
        String countryCode,
        String admin1,
        String city,
        String venue,
        @JsonUnwrapped Coordinates coordinates,
        PlacePrecision precision,
        PlaceScope scope,
        List<String> targets) {

    public Place {
        // read from JSON without lat and lon, a place still has no coordinates rather than empty ones
        if (coordinates != null && coordinates.lat() == null && coordinates.lon() == null) {
            coordinates = null;
        }
        targets = targets == null ? List.of() : List.copyOf(targets);
    }

    /** A place on a map. */
    public Place(
            String countryCode,
            String admin1,
            String city,
            String venue,
            Double lat,
            Double lon,
            PlacePrecision precision) {
        this(countryCode, admin1, city, venue, new Coordinates(lat, lon), precision, null, List.of());
    }

    /** An incident with no place on a map, targeting these countries. */
    public static Place scoped(PlaceScope scope, List<String> targets) {
        return new Place(null, null, null, null, null, null, scope, targets);
    }

    /** Degrees north, or {@code null} when the place has no coordinates. */
    public Double lat() {
        return coordinates == null ? null : coordinates.lat();
    }

    /** Degrees east, or {@code null} when the place has no coordinates. */
    public Double lon() {
        return coordinates == null ? null : coordinates.lon();
    }

    public boolean hasCoordinates() {
        return lat() != null && lon() != null;
    }

    /** Whether the place is online or transnational rather than on a map. */
    @JsonIgnore
    public boolean isScoped() {
        return scope != null;
    }
}
