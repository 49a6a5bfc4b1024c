package org.vigil.contracts.claims;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Where an event happened (docs/product.md §2 Event). {@code lat}/{@code lon} are WGS84 degrees and come
 * together or not at all; {@code precision} says which named unit they (and the event) are
 * known to.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Place(
        String countryCode,
        String admin1,
        String city,
        String venue,
        Double lat,
        Double lon,
        PlacePrecision precision) {

    public boolean hasCoordinates() {
        return lat != null && lon != null;
    }
}
