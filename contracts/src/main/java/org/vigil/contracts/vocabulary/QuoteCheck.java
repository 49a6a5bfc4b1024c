package org.vigil.contracts.vocabulary;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** Whether a citation's quote occurs in the preserved text of the source it cites. */
public enum QuoteCheck {
    PENDING("pending"),
    FOUND("found"),
    NOT_FOUND("not_found"),
    AMBIGUOUS("ambiguous");

    private final String wire;

    QuoteCheck(String wire) {
        this.wire = wire;
    }

    /** The name used on the wire and in the database. */
    @JsonValue
    public String wire() {
        return wire;
    }

    public static Optional<QuoteCheck> fromWire(String wire) {
        return Arrays.stream(values()).filter(v -> v.wire.equals(wire)).findFirst();
    }

    @JsonCreator
    static QuoteCheck parse(String wire) {
        return fromWire(wire)
                .orElseThrow(() -> new IllegalArgumentException("unknown QuoteCheck: " + wire));
    }

    @Override
    public String toString() {
        return wire;
    }
}
