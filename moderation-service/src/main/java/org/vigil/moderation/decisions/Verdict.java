package org.vigil.moderation.decisions;

import java.util.Arrays;
import java.util.Optional;

/** What a moderator decides on a pending claim: the {@code decision} of {@code POST /claims/{id}/decisions}. */
public enum Verdict {
    APPROVE("approve"),
    REJECT("reject"),
    REQUEST_CHANGES("request_changes");

    private final String wire;

    Verdict(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    public static Optional<Verdict> fromWire(String wire) {
        return Arrays.stream(values()).filter(v -> v.wire.equals(wire)).findFirst();
    }

    @Override
    public String toString() {
        return wire;
    }
}
