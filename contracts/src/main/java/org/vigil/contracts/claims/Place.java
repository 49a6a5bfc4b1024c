package org.vigil.contracts.claims;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Where an event happened (docs/product.md §2 Event). Either a place on a map: {@code countryCode}
 * and what is known below it, {@code lat}/{@code lon} WGS84 degrees that come together or not at
 * all, {@code precision} the named unit they (and the event) are known to. Or, for an incident with
 * no place on a map, a {@code scope} ({@code online}, {@code transnational}) with the countries it
 * {@code targets} (ISO 3166-1 alpha-2) and nothing else.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Place(
        String countryCode,
        String admin1,
        String city,
        String venue,
        Double lat,
        Double lon,
        PlacePrecision precision,
        PlaceScope scope,
        List<String> targets) {

    public Place {
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
        this(countryCode, admin1, city, venue, lat, lon, precision, null, List.of());
    }

    /** An incident with no place on a map, targeting these countries. */
    public static Place scoped(PlaceScope scope, List<String> targets) {
        return new Place(null, null, null, null, null, null, null, scope, targets);
    }

    public boolean hasCoordinates() {
        return lat != null && lon != null;
    }

    /** Whether the place is online or transnational rather than on a map. */
    @JsonIgnore
    public boolean isScoped() {
        return scope != null;
    }
}
