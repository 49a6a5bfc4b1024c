package org.vigil.contracts.claims;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Optional;
import org.vigil.contracts.vocabulary.WireName;
import org.vigil.contracts.vocabulary.WireNameDeserializer;

/**
 * Where an incident with no place on a map happened (docs/product.md §2 Event): {@code online}
 * (phishing of diaspora journalists, threats by message, the organised rewriting of an article) or
 * {@code transnational} (a campaign across borders with no one venue). Such a place names the
 * countries it targets instead of a country, city and coordinates.
 */
@JsonDeserialize(using = WireNameDeserializer.class)
public enum PlaceScope implements WireName {
    ONLINE,
    TRANSNATIONAL;

    public static Optional<PlaceScope> fromWire(String wire) {
        return WireName.lookup(PlaceScope.class, wire);
    }

    @Override
    public String toString() {
        return wire();
    }
}
