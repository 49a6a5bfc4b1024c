package org.vigil.contracts.claims;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Optional;
import org.vigil.contracts.vocabulary.WireName;
import org.vigil.contracts.vocabulary.WireNameDeserializer;

/**
 * What a tally counts: {@code events} of its kind ("27 rallies"), or the {@code cities} or
 * {@code countries} they were held in ("at least 30 countries and 73 cities", two tallies).
 */
@JsonDeserialize(using = WireNameDeserializer.class)
public enum TallySubject implements WireName {
    EVENTS,
    CITIES,
    COUNTRIES;

    public static Optional<TallySubject> fromWire(String wire) {
        return WireName.lookup(TallySubject.class, wire);
    }

    @Override
    public String toString() {
        return wire();
    }
}
