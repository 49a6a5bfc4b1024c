package org.vigil.web.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An event of the public record as {@code GET /api/v1/events/{id}} gives it (docs/product.md §5); list items
 * have the same fields with figures but fewer claims. Only what the pages show is read. Its {@link Fields}
 * and {@link Days} stand in the event itself on the wire, as events-service writes them.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PublicEvent(
        String id,
        @JsonUnwrapped Fields fields,
        @JsonUnwrapped Days days,
        List<Actor> actors,
        List<Relation> relations,
        Map<String, Figure> figures,
        List<Source> sources,
        String updatedAt) {

    public PublicEvent {
        sources = sources == null ? List.of() : sources;
        actors = actors == null ? List.of() : actors;
        relations = relations == null ? List.of() : relations;
        figures = figures == null ? Map.of() : figures;
    }

    /**
     * The single-valued fields of the event, as events-service's {@code EventFields} holds them.
     *
     * @param date its EDTF date, as the record states it
     * @param time the local time it began, when a source gives it, or {@code null}
     * @param concerns the country the event is about, or {@code null}
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Fields(
            String kind,
            String title,
            String date,
            TimeOfDay time,
            Place place,
            String concerns,
            String campaign,
            String summary) {}

    /**
     * The days the event's date covers, derived by events-service from it: the first and the last
     * ({@code null} when open) and how precisely the date is known ({@code day}, {@code month}, …).
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Days(String start, String end, String precision) {}

    /** The figures the record has, in the order the API gives them (attendance first). */
    public List<NamedFigure> knownFigures() {
        List<NamedFigure> known = new ArrayList<>();
        new LinkedHashMap<>(figures).forEach((name, figure) -> {
            if (figure != null) {
                known.add(new NamedFigure(name, figure));
            }
        });
        return known;
    }

    /** Attendance, when the record has it. */
    public Figure attendance() {
        return figures.get("attendance");
    }

    /** Whether the event has no place on a map: an online or transnational incident. */
    public boolean isScoped() {
        return fields.place() != null && fields.place().scope() != null;
    }

    /**
     * Where the event happened; {@code scope} ({@code online}, {@code transnational}) with the countries it
     * {@code targets} for an incident that has no place on a map (docs/counting.md). Its coordinates are
     * not read: the map draws the GeoJSON export, not this.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Place(
            String countryCode,
            String admin1,
            String city,
            String venue,
            String precision,
            String scope,
            List<String> targets) {

        public Place {
            targets = targets == null ? List.of() : targets;
        }
    }

    /** The local time the event began, as a source gives it; {@code timezone} may be missing. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record TimeOfDay(String time, String timezone) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Actor(String name, String role) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Relation(String type, String eventId) {}

    /**
     * A figure: the range of every approved estimate; {@code null} ends are open ("over 250,000").
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Figure(Long low, Long high, boolean disputed, List<Estimate> claims, Map<String, Span> byWho) {

        public Figure {
            claims = claims == null ? List.of() : claims;
            byWho = byWho == null ? Map.of() : byWho;
        }

        /** The span for each group a source named (protesters, police, bystanders), in the API's order. */
        public List<Group> groups() {
            List<Group> groups = new ArrayList<>();
            new LinkedHashMap<>(byWho).forEach((who, span) -> {
                if (span != null) {
                    groups.add(new Group(who, span));
                }
            });
            return groups;
        }
    }

    /**
     * The range of the claims about one group of people: injured or killed among protesters, police or
     * bystanders. Groups are never compared with each other.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Span(Long low, Long high, boolean disputed) {}

    public record Group(String who, Span span) {}

    public record NamedFigure(String name, Figure figure) {}

    /** One approved claim behind a figure: who estimated what, and where that is written. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Estimate(
            String claimId,
            Long low,
            Long high,
            String qualifier,
            String estimatedBy,
            String words,
            List<Citation> citations,
            String who) {

        public Estimate {
            citations = citations == null ? List.of() : citations;
        }
    }

    /**
     * A quote behind an estimate or a tally, from its {@code source}; {@code unverified} when it was not
     * found in the source's preserved text.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Citation(@JsonUnwrapped CitedSource source, String exact, boolean unverified) {}

    /**
     * A source the event rests on, however many claims cite it; {@code unverified} when none of the
     * quotes taken from it was found in its preserved text.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Source(
            String sourceId, String url, String title, String publisher, String rating, boolean unverified) {

        /** The source's address when it is a web address, else {@code null}. */
        public String webUrl() {
            return CitedSource.webAddress(url);
        }
    }
}
