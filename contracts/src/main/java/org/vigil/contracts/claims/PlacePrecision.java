package org.vigil.contracts.claims;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/**
 * How exactly a place is known (SPEC §2 Event): the venue itself, somewhere in a city, somewhere
 * in a region ({@code admin1}), or only the country. Coordinates are those of the named unit, so a
 * map must not draw a {@code city} point as if it were the venue.
 */
public enum PlacePrecision {
    VENUE("venue"),
    CITY("city"),
    REGION("region"),
    COUNTRY("country");

    private final String wire;

    PlacePrecision(String wire) {
        this.wire = wire;
    }

    /** The name used on the wire and in the database. */
    @JsonValue
    public String wire() {
        return wire;
    }

    public static Optional<PlacePrecision> fromWire(String wire) {
        return Arrays.stream(values()).filter(v -> v.wire.equals(wire)).findFirst();
    }

    @JsonCreator
    static PlacePrecision parse(String wire) {
        return fromWire(wire)
                .orElseThrow(() -> new IllegalArgumentException("unknown PlacePrecision: " + wire));
    }

    @Override
    public String toString() {
        return wire;
    }
}
