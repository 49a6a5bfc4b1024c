package org.vigil.contracts.claims;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Optional;
import org.vigil.contracts.vocabulary.WireName;
import org.vigil.contracts.vocabulary.WireNameDeserializer;

/**
 * What kind of actor a claim names. A person makes the claim sensitive (four eyes): naming a
 * private person is the surest way to endanger them.
 */
@JsonDeserialize(using = WireNameDeserializer.class)
public enum ActorType implements WireName {
    PERSON,
    ORGANISATION,
    STATE;

    public static Optional<ActorType> fromWire(String wire) {
        return WireName.lookup(ActorType.class, wire);
    }

    @Override
    public String toString() {
        return wire();
    }
}
