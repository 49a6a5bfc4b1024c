package org.vigil.contracts.vocabulary;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** Who a source says made the estimate of a figure. */
public enum EstimatedBy {
    ORGANISERS("organisers"),
    POLICE("police"),
    MEDIA("media"),
    OFFICIALS("officials"),
    UNKNOWN("unknown");

    private final String wire;

    EstimatedBy(String wire) {
        this.wire = wire;
    }

    /** The name used on the wire and in the database. */
    @JsonValue
    public String wire() {
        return wire;
    }

    public static Optional<EstimatedBy> fromWire(String wire) {
        return Arrays.stream(values()).filter(v -> v.wire.equals(wire)).findFirst();
    }

    @JsonCreator
    static EstimatedBy parse(String wire) {
        return fromWire(wire)
                .orElseThrow(() -> new IllegalArgumentException("unknown EstimatedBy: " + wire));
    }

    @Override
    public String toString() {
        return wire;
    }
}
