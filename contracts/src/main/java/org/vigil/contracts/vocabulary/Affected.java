package org.vigil.contracts.vocabulary;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Optional;

/**
 * Who an {@code injured} or {@code killed} figure counts, when a source says so ("four Metropolitan
 * Police officers were hospitalised" is {@code police}). Left out when the source does not say:
 * the figure is then read as people hurt among the protest, whoever they were. ACLED codes a
 * demonstration where police were hurt as violent (docs/acled.md), so the difference matters.
 */
@JsonDeserialize(using = WireNameDeserializer.class)
public enum Affected implements WireName {
    PROTESTERS,
    POLICE,
    BYSTANDERS;

    public static Optional<Affected> fromWire(String wire) {
        return WireName.lookup(Affected.class, wire);
    }

    @Override
    public String toString() {
        return wire();
    }
}
