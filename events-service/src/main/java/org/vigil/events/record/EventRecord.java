package org.vigil.events.record;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.vigil.contracts.claims.Place;
import org.vigil.contracts.vocabulary.EdtfDate;
import org.vigil.contracts.vocabulary.EventKind;

/**
 * An event as the public sees it (SPEC §2 Event, §5 "A public event"): every field computed from
 * approved claims by {@link EventClaims}, none typed in. Holds no contributor identity.
 *
 * <p>Serialises with Jackson to the SPEC's public shape, including the derived {@code start},
 * {@code end} and {@code precision} of the date (read back they are ignored, being derived), plus
 * {@code sources}, the sources the record rests on.
 *
 * @param concerns ISO 3166-1 alpha-2 code of the country the event is about, or {@code null}
 * @param updatedAt the newest approval among the claims the record was computed from
 */
@JsonIgnoreProperties(value = {"start", "end", "precision"}, allowGetters = true)
public record EventRecord(
        UUID id,
        EventKind kind,
        String title,
        EdtfDate date,
        Place place,
        String concerns,
        String campaign,
        String summary,
        List<EventActor> actors,
        List<EventRelation> relations,
        Figures figures,
        List<CitedSource> sources,
        Instant updatedAt) {

    public EventRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(place, "place");
        actors = actors == null ? List.of() : List.copyOf(actors);
        relations = relations == null ? List.of() : List.copyOf(relations);
        figures = figures == null ? Figures.NONE : figures;
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    /** The first day of the date; {@code null} when its start is open. */
    @JsonProperty("start")
    public LocalDate start() {
        return date.start();
    }

    /** The last day of the date; {@code null} when its end is open. */
    @JsonProperty("end")
    public LocalDate end() {
        return date.end();
    }

    @JsonProperty("precision")
    public EdtfDate.Precision precision() {
        return date.precision();
    }
}
