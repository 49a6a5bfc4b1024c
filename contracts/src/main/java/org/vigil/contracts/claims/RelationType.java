package org.vigil.contracts.claims;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Optional;
import org.vigil.contracts.vocabulary.WireName;
import org.vigil.contracts.vocabulary.WireNameDeserializer;

/**
 * How one event relates to another: it {@code follows} it (a march after a vigil, a second
 * weekend), it is {@code part_of} it (one city's rally within a global day of action), or it is a
 * {@code duplicate_of} it (the same event reported twice, pending a merge).
 */
@JsonDeserialize(using = WireNameDeserializer.class)
public enum RelationType implements WireName {
    FOLLOWS,
    PART_OF,
    DUPLICATE_OF;

    public static Optional<RelationType> fromWire(String wire) {
        return WireName.lookup(RelationType.class, wire);
    }

    @Override
    public String toString() {
        return wire();
    }
}
