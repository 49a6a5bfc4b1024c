package org.vigil.events.record;

import java.util.Objects;
import org.vigil.contracts.claims.Place;
import org.vigil.contracts.claims.TimeOfDay;
import org.vigil.contracts.vocabulary.EdtfDate;
import org.vigil.contracts.vocabulary.EventKind;

/**
 * The single-valued fields of a public event ({@link EventField}), each from the newest approved
 * claim that states it, with the local time that goes with the date. On the wire they stand in the
 * event itself. {@code kind}, {@code date} and {@code place} every event has.
 *
 * @param time the local time the event began, when a source gives it, or {@code null}
 * @param concerns ISO 3166-1 alpha-2 code of the country the event is about, or {@code null}
 */
public record EventFields(
        EventKind kind,
        String title,
        EdtfDate date,
        TimeOfDay time,
        Place place,
        String concerns,
        String campaign,
        String summary) {

    public EventFields {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(place, "place");
    }
}
