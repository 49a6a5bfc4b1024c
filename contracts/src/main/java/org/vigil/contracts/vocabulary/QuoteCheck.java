package org.vigil.contracts.vocabulary;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Optional;

/** Whether a citation's quote occurs in the preserved text of the source it cites. */
@JsonDeserialize(using = WireNameDeserializer.class)
public enum QuoteCheck implements WireName {
    PENDING,
    FOUND,
    NOT_FOUND,
    AMBIGUOUS;

    public static Optional<QuoteCheck> fromWire(String wire) {
        return WireName.lookup(QuoteCheck.class, wire);
    }

    @Override
    public String toString() {
        return wire();
    }
}
