package org.vigil.contracts.vocabulary;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** How a source words a figure: "over 250,000" is {@code over}, "about 3,000" is {@code about}. */
public enum Qualifier {
    EXACT("exact"),
    ABOUT("about"),
    OVER("over"),
    AT_LEAST("at_least"),
    UNDER("under"),
    UP_TO("up_to"),
    RANGE("range");

    private final String wire;

    Qualifier(String wire) {
        this.wire = wire;
    }

    /** The name used on the wire and in the database. */
    @JsonValue
    public String wire() {
        return wire;
    }

    public static Optional<Qualifier> fromWire(String wire) {
        return Arrays.stream(values()).filter(v -> v.wire.equals(wire)).findFirst();
    }

    @JsonCreator
    static Qualifier parse(String wire) {
        return fromWire(wire)
                .orElseThrow(() -> new IllegalArgumentException("unknown Qualifier: " + wire));
    }

    @Override
    public String toString() {
        return wire;
    }
}
