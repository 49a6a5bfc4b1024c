package org.vigil.contracts.vocabulary;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Optional;

/**
 * What a claim asserts about an event (docs/product.md §2 Claim), or, for {@link #TALLY}, about many
 * events at once.
 */
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
    RELATION,
    /** A petition's or open letter's signatures: a figure. */
    SIGNATURES,
    /** Corrections of what an existence claim said: newest approved wins, like date and place. */
    KIND,
    TITLE,
    CONCERNS,
    /** A count of many events at once, on no event: never an event itself (see {@code Tally}). */
    TALLY;

    public static Optional<ClaimProperty> fromWire(String wire) {
        return WireName.lookup(ClaimProperty.class, wire);
    }

    @Override
    public String toString() {
        return wire();
    }
}
