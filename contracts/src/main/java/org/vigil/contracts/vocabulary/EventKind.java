package org.vigil.contracts.vocabulary;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Optional;

/** What kind of thing happened (docs/product.md §2 Event). Each maps to an ACLED type for export. */
@JsonDeserialize(using = WireNameDeserializer.class)
public enum EventKind implements WireName {
    RALLY,
    COUNTER_PROTEST,
    ATTACK,
    THREAT,
    RESTRICTION,
    ARREST,
    PETITION,
    OFFICIAL_ACTION,
    OTHER;

    public static Optional<EventKind> fromWire(String wire) {
        return WireName.lookup(EventKind.class, wire);
    }

    @Override
    public String toString() {
        return wire();
    }
}
