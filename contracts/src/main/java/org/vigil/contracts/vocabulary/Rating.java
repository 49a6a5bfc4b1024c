package org.vigil.contracts.vocabulary;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Optional;

/** A publisher's reliability, set by admins and shown beside every citation. */
@JsonDeserialize(using = WireNameDeserializer.class)
public enum Rating implements WireName {
    RELIABLE,
    MIXED,
    STATE_AFFILIATED,
    UNRELIABLE,
    UNRATED;

    public static Optional<Rating> fromWire(String wire) {
        return WireName.lookup(Rating.class, wire);
    }

    @Override
    public String toString() {
        return wire();
    }
}
