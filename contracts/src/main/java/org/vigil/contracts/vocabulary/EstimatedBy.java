package org.vigil.contracts.vocabulary;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Optional;

/** Who a source says made the estimate of a figure. */
@JsonDeserialize(using = WireNameDeserializer.class)
public enum EstimatedBy implements WireName {
    ORGANISERS,
    POLICE,
    MEDIA,
    OFFICIALS,
    UNKNOWN;

    public static Optional<EstimatedBy> fromWire(String wire) {
        return WireName.lookup(EstimatedBy.class, wire);
    }

    @Override
    public String toString() {
        return wire();
    }
}
