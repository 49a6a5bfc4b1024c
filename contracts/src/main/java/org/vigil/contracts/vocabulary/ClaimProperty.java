package org.vigil.contracts.vocabulary;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Optional;

/** What a claim asserts about an event (docs/product.md §2 Claim). */
@JsonDeserialize(using = WireNameDeserializer.class)
public enum ClaimProperty implements WireName {
    EXISTENCE,
    DATE,
    PLACE,
    ATTENDANCE,
    INJURED,
    KILLED,
    ARRESTED,
    ACTOR,
    SUMMARY,
    CAMPAIGN,
    RELATION;

    public static Optional<ClaimProperty> fromWire(String wire) {
        return WireName.lookup(ClaimProperty.class, wire);
    }

    @Override
    public String toString() {
        return wire();
    }
}
