package org.vigil.contracts.claims;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/**
 * The part an actor played in an event: who called or ran it, who took part, who attacked or
 * threatened, who was targeted, which authority acted (police, a ministry, a court), who spoke.
 */
public enum ActorRole {
    ORGANISER("organiser"),
    PARTICIPANT("participant"),
    PERPETRATOR("perpetrator"),
    TARGET("target"),
    AUTHORITY("authority"),
    SPEAKER("speaker"),
    OTHER("other");

    private final String wire;

    ActorRole(String wire) {
        this.wire = wire;
    }

    /** The name used on the wire and in the database. */
    @JsonValue
    public String wire() {
        return wire;
    }

    public static Optional<ActorRole> fromWire(String wire) {
        return Arrays.stream(values()).filter(v -> v.wire.equals(wire)).findFirst();
    }

    @JsonCreator
    static ActorRole parse(String wire) {
        return fromWire(wire)
                .orElseThrow(() -> new IllegalArgumentException("unknown ActorRole: " + wire));
    }

    @Override
    public String toString() {
        return wire;
    }
}
