package org.vigil.contracts.claims;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Optional;
import org.vigil.contracts.vocabulary.WireName;
import org.vigil.contracts.vocabulary.WireNameDeserializer;

/**
 * The part an actor played in an event: who called or ran it, who took part, who attacked or
 * threatened, who was targeted, which authority acted (police, a ministry, a court), who spoke.
 */
@JsonDeserialize(using = WireNameDeserializer.class)
public enum ActorRole implements WireName {
    ORGANISER,
    PARTICIPANT,
    PERPETRATOR,
    TARGET,
    AUTHORITY,
    SPEAKER,
    OTHER;

    public static Optional<ActorRole> fromWire(String wire) {
        return WireName.lookup(ActorRole.class, wire);
    }

    @Override
    public String toString() {
        return wire();
    }
}
