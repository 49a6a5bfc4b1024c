package org.vigil.contracts.vocabulary;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** What kind of thing happened (SPEC §2 Event). Each maps to an ACLED type for export. */
public enum EventKind {
    RALLY("rally"),
    COUNTER_PROTEST("counter_protest"),
    ATTACK("attack"),
    THREAT("threat"),
    RESTRICTION("restriction"),
    ARREST("arrest"),
    PETITION("petition"),
    OFFICIAL_ACTION("official_action"),
    OTHER("other");

    private final String wire;

    EventKind(String wire) {
        this.wire = wire;
    }

    /** The name used on the wire and in the database. */
    @JsonValue
    public String wire() {
        return wire;
    }

    public static Optional<EventKind> fromWire(String wire) {
        return Arrays.stream(values()).filter(v -> v.wire.equals(wire)).findFirst();
    }

    @JsonCreator
    static EventKind parse(String wire) {
        return fromWire(wire)
                .orElseThrow(() -> new IllegalArgumentException("unknown EventKind: " + wire));
    }

    @Override
    public String toString() {
        return wire;
    }
}
