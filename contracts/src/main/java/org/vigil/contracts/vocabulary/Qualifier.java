package org.vigil.contracts.vocabulary;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Optional;

/** How a source words a figure: "over 250,000" is {@code over}, "about 3,000" is {@code about}. */
@JsonDeserialize(using = WireNameDeserializer.class)
public enum Qualifier implements WireName {
    EXACT,
    ABOUT,
    OVER,
    AT_LEAST,
    UNDER,
    UP_TO,
    RANGE;

    public static Optional<Qualifier> fromWire(String wire) {
        return WireName.lookup(Qualifier.class, wire);
    }

    @Override
    public String toString() {
        return wire();
    }
}
