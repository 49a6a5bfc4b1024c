package org.vigil.contracts.vocabulary;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** Where a claim stands in moderation (SPEC §2 Claim). */
public enum ClaimStatus {
    PENDING("pending"),
    APPROVED("approved"),
    REJECTED("rejected"),
    CHANGES_REQUESTED("changes_requested"),
    WITHDRAWN("withdrawn"),
    SUPERSEDED("superseded"),
    RETRACTED("retracted");

    private final String wire;

    ClaimStatus(String wire) {
        this.wire = wire;
    }

    /** The name used on the wire and in the database. */
    @JsonValue
    public String wire() {
        return wire;
    }

    public static Optional<ClaimStatus> fromWire(String wire) {
        return Arrays.stream(values()).filter(v -> v.wire.equals(wire)).findFirst();
    }

    @JsonCreator
    static ClaimStatus parse(String wire) {
        return fromWire(wire)
                .orElseThrow(() -> new IllegalArgumentException("unknown ClaimStatus: " + wire));
    }

    @Override
    public String toString() {
        return wire;
    }
}
