package org.vigil.events.record;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * The single-valued fields of a public event. Each takes its value from the newest approved claim
 * that states it; the older ones are its history. Each is stated by {@code existence} claims and by
 * claims of its own property ({@code kind}, {@code title}, {@code date}, {@code place},
 * {@code concerns}), except {@code summary} and {@code campaign}, which only their own claims state.
 * The local time goes with the date: it is the time of the claim whose date the record shows.
 */
public enum EventField {
    KIND,
    TITLE,
    DATE,
    PLACE,
    CONCERNS,
    SUMMARY,
    CAMPAIGN;

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return wire();
    }
}
