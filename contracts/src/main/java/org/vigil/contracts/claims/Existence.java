package org.vigil.contracts.claims;

import org.vigil.contracts.vocabulary.EdtfDate;
import org.vigil.contracts.vocabulary.EventKind;

/**
 * The value of an {@code existence} claim: the event happened, as this kind, on this date, at
 * this place. {@code concerns} is the country it is about when not the place's own (a rally in
 * Munich about Iran), or the state a source suspects behind an attack; {@code null} when the claim
 * says nothing about it. {@code time} is its local time when a source gives one, else {@code null}.
 */
public record Existence(EventKind kind, String title, EdtfDate date, Place place, String concerns, TimeOfDay time) {

    /** An existence claim that gives no time of day. */
    public Existence(EventKind kind, String title, EdtfDate date, Place place, String concerns) {
        this(kind, title, date, place, concerns, null);
    }
}
