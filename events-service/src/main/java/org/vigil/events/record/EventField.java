package org.vigil.events.record;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * The single-valued fields of a public event. Each takes its value from the newest approved claim
 * that states it; the older ones are its history. {@code kind}, {@code title} and
 * {@code concerns} are stated only by {@code existence} claims; {@code date} and {@code place} also
 * by their own claims.
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
