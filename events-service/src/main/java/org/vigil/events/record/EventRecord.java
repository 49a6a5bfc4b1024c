package org.vigil.events.record;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.vigil.contracts.claims.Place;
import org.vigil.contracts.claims.TimeOfDay;
import org.vigil.contracts.vocabulary.EdtfDate;
import org.vigil.contracts.vocabulary.EventKind;

/**
 * An event as the public sees it (docs/product.md §2 Event, §5 "A public event"): every field computed from
 * approved claims by {@link EventClaims}, none typed in. Holds no contributor identity.
 *
 * <p>Serialises with Jackson to the public shape of docs/product.md §5, including the derived {@code start},
 * {@code end} and {@code precision} of the date (read back they are ignored, being derived), plus
 * {@code sources}, the sources the record rests on. Its single-valued {@link EventFields} stand in
 * it on the wire. Built with {@link #builder}, which names each field.
 *
 * @param updatedAt the newest approval among the claims the record was computed from
 */
@JsonIgnoreProperties(
        value = {"start", "end", "precision"},
        allowGetters = true)
public record EventRecord(
        UUID id,
        @JsonUnwrapped EventFields fields,
        List<EventActor> actors,
        List<EventRelation> relations,
        Figures figures,
        List<CitedSource> sources,
        Instant updatedAt) {

    public EventRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(fields, "fields");
        actors = actors == null ? List.of() : List.copyOf(actors);
        relations = relations == null ? List.of() : List.copyOf(relations);
        figures = figures == null ? Figures.NONE : figures;
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    /** An event with what every public event has; the optional fields are added on the builder. */
    public static Builder builder(UUID id, EventKind kind, EdtfDate date, Place place) {
        return new Builder(id, kind, date, place);
    }

    /** A builder holding this event's fields, to change some. */
    public Builder toBuilder() {
        return builder(id, kind(), date(), place())
                .title(title())
                .time(time())
                .concerns(concerns())
                .campaign(campaign())
                .summary(summary())
                .actors(actors)
                .relations(relations)
                .figures(figures)
                .sources(sources)
                .updatedAt(updatedAt);
    }

    /** The same event, as of {@code at}. */
    public EventRecord withUpdatedAt(Instant at) {
        return toBuilder().updatedAt(at).build();
    }

    public EventKind kind() {
        return fields.kind();
    }

    public String title() {
        return fields.title();
    }

    public EdtfDate date() {
        return fields.date();
    }

    /** The local time the event began, when a source gives it, or {@code null}. */
    public TimeOfDay time() {
        return fields.time();
    }

    public Place place() {
        return fields.place();
    }

    /** ISO 3166-1 alpha-2 code of the country the event is about, or {@code null}. */
    public String concerns() {
        return fields.concerns();
    }

    public String campaign() {
        return fields.campaign();
    }

    public String summary() {
        return fields.summary();
    }

    /** The first day of the date; {@code null} when its start is open. */
    @JsonProperty("start")
    public LocalDate start() {
        return date().start();
    }

    /** The last day of the date; {@code null} when its end is open. */
    @JsonProperty("end")
    public LocalDate end() {
        return date().end();
    }

    @JsonProperty("precision")
    public EdtfDate.Precision precision() {
        return date().precision();
    }

    /** Names each field of an event being built; unset lists and figures are empty. */
    public static final class Builder {

        private final UUID id;
        private final EventKind kind;
        private final EdtfDate date;
        private final Place place;
        private String title;
        private TimeOfDay time;
        private String concerns;
        private String campaign;
        private String summary;
        private List<EventActor> actors;
        private List<EventRelation> relations;
        private Figures figures;
        private List<CitedSource> sources;
        private Instant updatedAt;

        private Builder(UUID id, EventKind kind, EdtfDate date, Place place) {
            this.id = id;
            this.kind = kind;
            this.date = date;
            this.place = place;
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder time(TimeOfDay time) {
            this.time = time;
            return this;
        }

        public Builder concerns(String concerns) {
            this.concerns = concerns;
            return this;
        }

        public Builder campaign(String campaign) {
            this.campaign = campaign;
            return this;
        }

        public Builder summary(String summary) {
            this.summary = summary;
            return this;
        }

        public Builder actors(List<EventActor> actors) {
            this.actors = actors;
            return this;
        }

        public Builder relations(List<EventRelation> relations) {
            this.relations = relations;
            return this;
        }

        public Builder figures(Figures figures) {
            this.figures = figures;
            return this;
        }

        public Builder sources(List<CitedSource> sources) {
            this.sources = sources;
            return this;
        }

        public Builder updatedAt(Instant updatedAt) {
            this.updatedAt = updatedAt;
            return this;
        }

        public EventRecord build() {
            return new EventRecord(
                    id,
                    new EventFields(kind, title, date, time, place, concerns, campaign, summary),
                    actors,
                    relations,
                    figures,
                    sources,
                    updatedAt);
        }
    }
}
