package org.vigil.contracts.vocabulary;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** A publisher's reliability, set by admins and shown beside every citation. */
public enum Rating {
    RELIABLE("reliable"),
    MIXED("mixed"),
    STATE_AFFILIATED("state_affiliated"),
    UNRELIABLE("unreliable"),
    UNRATED("unrated");

    private final String wire;

    Rating(String wire) {
        this.wire = wire;
    }

    /** The name used on the wire and in the database. */
    @JsonValue
    public String wire() {
        return wire;
    }

    public static Optional<Rating> fromWire(String wire) {
        return Arrays.stream(values()).filter(v -> v.wire.equals(wire)).findFirst();
    }

    @JsonCreator
    static Rating parse(String wire) {
        return fromWire(wire)
                .orElseThrow(() -> new IllegalArgumentException("unknown Rating: " + wire));
    }

    @Override
    public String toString() {
        return wire;
    }
}
