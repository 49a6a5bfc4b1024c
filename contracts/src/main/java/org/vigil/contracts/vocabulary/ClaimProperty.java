package org.vigil.contracts.vocabulary;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** What a claim asserts about an event (SPEC §2 Claim). */
public enum ClaimProperty {
    EXISTENCE("existence"),
    DATE("date"),
    PLACE("place"),
    ATTENDANCE("attendance"),
    INJURED("injured"),
    KILLED("killed"),
    ARRESTED("arrested"),
    ACTOR("actor"),
    SUMMARY("summary"),
    CAMPAIGN("campaign"),
    RELATION("relation");

    private final String wire;

    ClaimProperty(String wire) {
        this.wire = wire;
    }

    /** The name used on the wire and in the database. */
    @JsonValue
    public String wire() {
        return wire;
    }

    public static Optional<ClaimProperty> fromWire(String wire) {
        return Arrays.stream(values()).filter(v -> v.wire.equals(wire)).findFirst();
    }

    @JsonCreator
    static ClaimProperty parse(String wire) {
        return fromWire(wire)
                .orElseThrow(() -> new IllegalArgumentException("unknown ClaimProperty: " + wire));
    }

    @Override
    public String toString() {
        return wire;
    }
}
