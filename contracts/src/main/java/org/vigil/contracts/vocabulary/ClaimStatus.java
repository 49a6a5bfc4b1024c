package org.vigil.contracts.vocabulary;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Optional;

/** Where a claim stands in moderation (docs/product.md §2 Claim). */
@JsonDeserialize(using = WireNameDeserializer.class)
public enum ClaimStatus implements WireName {
    PENDING,
    APPROVED,
    REJECTED,
    CHANGES_REQUESTED,
    WITHDRAWN,
    SUPERSEDED,
    RETRACTED;

    public static Optional<ClaimStatus> fromWire(String wire) {
        return WireName.lookup(ClaimStatus.class, wire);
    }

    @Override
    public String toString() {
        return wire();
    }
}
