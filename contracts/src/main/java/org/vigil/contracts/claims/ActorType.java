package org.vigil.contracts.claims;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/**
 * What kind of actor a claim names. A person makes the claim sensitive (four eyes): naming a
 * private person is the surest way to endanger them.
 */
public enum ActorType {
    PERSON("person"),
    ORGANISATION("organisation"),
    STATE("state");

    private final String wire;

    ActorType(String wire) {
        this.wire = wire;
    }

    /** The name used on the wire and in the database. */
    @JsonValue
    public String wire() {
        return wire;
    }

    public static Optional<ActorType> fromWire(String wire) {
        return Arrays.stream(values()).filter(v -> v.wire.equals(wire)).findFirst();
    }

    @JsonCreator
    static ActorType parse(String wire) {
        return fromWire(wire)
                .orElseThrow(() -> new IllegalArgumentException("unknown ActorType: " + wire));
    }

    @Override
    public String toString() {
        return wire;
    }
}
