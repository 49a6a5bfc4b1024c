package org.vigil.contracts.claims;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/**
 * How one event relates to another: it {@code follows} it (a march after a vigil, a second
 * weekend), it is {@code part_of} it (one city's rally within a global day of action), or it is a
 * {@code duplicate_of} it (the same event reported twice, pending a merge).
 */
public enum RelationType {
    FOLLOWS("follows"),
    PART_OF("part_of"),
    DUPLICATE_OF("duplicate_of");

    private final String wire;

    RelationType(String wire) {
        this.wire = wire;
    }

    /** The name used on the wire and in the database. */
    @JsonValue
    public String wire() {
        return wire;
    }

    public static Optional<RelationType> fromWire(String wire) {
        return Arrays.stream(values()).filter(v -> v.wire.equals(wire)).findFirst();
    }

    @JsonCreator
    static RelationType parse(String wire) {
        return fromWire(wire)
                .orElseThrow(() -> new IllegalArgumentException("unknown RelationType: " + wire));
    }

    @Override
    public String toString() {
        return wire;
    }
}
