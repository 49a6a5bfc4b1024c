package org.vigil.contracts.claims;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Where a place is on a map: WGS84 degrees. They come together or not at all ({@link PlaceRules});
 * on the wire they stand in the place itself, as {@code lat} and {@code lon}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Coordinates(Double lat, Double lon) {}
