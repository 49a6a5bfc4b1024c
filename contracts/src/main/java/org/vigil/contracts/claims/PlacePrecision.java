package org.vigil.contracts.claims;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Optional;
import org.vigil.contracts.vocabulary.WireName;
import org.vigil.contracts.vocabulary.WireNameDeserializer;

/**
 * How exactly a place is known (docs/product.md §2 Event): the venue itself, somewhere in a city, somewhere
 * in a region ({@code admin1}), or only the country. Coordinates are those of the named unit, so a
 * map must not draw a {@code city} point as if it were the venue.
 */
@JsonDeserialize(using = WireNameDeserializer.class)
public enum PlacePrecision implements WireName {
    VENUE,
    CITY,
    REGION,
    COUNTRY;

    public static Optional<PlacePrecision> fromWire(String wire) {
        return WireName.lookup(PlacePrecision.class, wire);
    }

    @Override
    public String toString() {
        return wire();
    }
}
