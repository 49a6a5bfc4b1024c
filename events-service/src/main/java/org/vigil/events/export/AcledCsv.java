package org.vigil.events.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.vigil.contracts.claims.ActorRole;
import org.vigil.contracts.claims.Place;
import org.vigil.contracts.claims.PlaceScope;
import org.vigil.contracts.vocabulary.CountryCodes;
import org.vigil.contracts.vocabulary.EdtfDate;
import org.vigil.contracts.vocabulary.EventKind;
import org.vigil.events.record.CitedSource;
import org.vigil.events.record.EventActor;
import org.vigil.events.record.EventRecord;
import org.vigil.events.record.Figure;

/**
 * The public record as CSV with ACLED-style columns, one event a line, so researchers can load
 * Vigil beside ACLED data. The mapping of each column is documented in {@code docs/acled.md}.
 *
 * <p>RFC 4180: a header line, CRLF line ends, UTF-8 without a byte-order mark, quoting as in
 * {@link CsvCell}, which also defends text cells against formula injection. Rows are written one
 * at a time, so an export of any size holds one event in memory.
 */
public final class AcledCsv {

    /** Every column of ACLED's export, in ACLED's order. */
    public static final List<String> COLUMNS = List.of(
            "event_id_cnty",
            "event_date",
            "year",
            "time_precision",
            "disorder_type",
            "event_type",
            "sub_event_type",
            "actor1",
            "assoc_actor_1",
            "inter1",
            "actor2",
            "assoc_actor_2",
            "inter2",
            "interaction",
            "civilian_targeting",
            "iso",
            "region",
            "country",
            "admin1",
            "admin2",
            "admin3",
            "location",
            "latitude",
            "longitude",
            "geo_precision",
            "source",
            "source_scale",
            "notes",
            "fatalities",
            "tags",
            "timestamp");

    public static final String MEDIA_TYPE = "text/csv; charset=UTF-8; header=present";

    private static final String CRLF = "\r\n";
    /** ACLED's separator inside a multi-valued cell. */
    private static final String LIST_SEPARATOR = "; ";
    /** After a source none of whose quotes was found in it, so the sheet does not pass it off as checked. */
    private static final String UNVERIFIED = " (quote unverified)";

    private AcledCsv() {}

    /** The header line, CRLF-terminated. */
    public static String header() {
        return String.join(",", COLUMNS) + CRLF;
    }

    /** One event's line, CRLF-terminated. */
    public static String row(EventRecord event) {
        AcledCoding coding = AcledCoding.of(event);
        Place place = event.place();
        String code = place.countryCode();
        String country = AcledCountry.name(code);
        Sides sides = Sides.of(event, coding, country);
        LocalDate day = eventDate(event.date());
        return String.join(
                        ",",
                        List.of(
                                CsvCell.text(
                                        code == null
                                                ? event.id().toString()
                                                : CountryCodes.alpha3(code) + "-" + event.id()),
                                CsvCell.text(day.toString()),
                                Integer.toString(day.getYear()),
                                timePrecision(event.date()),
                                CsvCell.text(coding.disorderType()),
                                CsvCell.text(coding.eventType()),
                                CsvCell.text(coding.subEventType()),
                                CsvCell.text(sides.actor1()),
                                CsvCell.text(String.join(LIST_SEPARATOR, sides.associated1())),
                                sides.inter1(),
                                CsvCell.text(sides.actor2()),
                                CsvCell.text(String.join(LIST_SEPARATOR, sides.associated2())),
                                sides.inter2(),
                                sides.interaction(),
                                coding.targetsCivilians() ? "Civilian targeting" : "",
                                code == null
                                        ? ""
                                        : CountryCodes.numeric(code).stream()
                                                .mapToObj(Integer::toString)
                                                .findFirst()
                                                .orElse(""),
                                CsvCell.text(AcledCountry.region(code)),
                                CsvCell.text(country),
                                CsvCell.text(place.admin1()),
                                "",
                                "",
                                CsvCell.text(location(place, country)),
                                CsvCell.decimal(place.hasCoordinates() ? place.lat() : null),
                                CsvCell.decimal(place.hasCoordinates() ? place.lon() : null),
                                geoPrecision(place),
                                CsvCell.text(sources(event.sources())),
                                "",
                                CsvCell.text(event.summary() != null ? event.summary() : event.title()),
                                CsvCell.number(fatalities(event.figures().killed())),
                                CsvCell.text(tags(event)),
                                CsvCell.number(
                                        event.updatedAt() == null
                                                ? null
                                                : event.updatedAt().getEpochSecond())))
                + CRLF;
    }

    /**
     * ACLED's two sides of an event: {@code actor1} with its associated actors and type code, the
     * same for {@code actor2}, and the {@code interaction} code they make.
     */
    private record Sides(
            String actor1,
            List<String> associated1,
            String inter1,
            String actor2,
            List<String> associated2,
            String inter2) {

        static Sides of(EventRecord event, AcledCoding coding, String country) {
            AcledCoding.Lead lead = coding.lead();
            List<String> first = named(event, lead.roles());
            List<String> second = named(event, lead.otherRoles());
            String protesters = group("Protesters", country);
            return switch (lead) {
                case PROTESTERS -> sides(protesters, first, lead.inter1(), second, lead.inter2());
                case RIOTERS -> sides(group("Rioters", country), first, lead.inter1(), second, lead.inter2());
                case FORCE -> {
                    boolean authority = event.actors().stream().anyMatch(actor -> actor.role() == ActorRole.AUTHORITY);
                    Sides force = sides(null, first, authority ? lead.inter1() : "", List.of(), "");
                    yield new Sides(
                            force.actor1(), force.associated1(), force.inter1(), protesters, second, lead.inter2());
                }
                case PERPETRATORS ->
                    coding.targetsCivilians() && second.isEmpty()
                            ? sides(null, first, lead.inter1(), List.of(group("Civilians", country)), "7")
                            : sides(
                                    null,
                                    first,
                                    lead.inter1(),
                                    second,
                                    coding.targetsCivilians() ? "7" : lead.inter2());
                default -> sides(null, first, lead.inter1(), second, lead.inter2());
            };
        }

        /** ACLED's name for an unnamed group, "Protesters (Germany)"; just "Protesters" where there is no country. */
        private static String group(String name, String country) {
            return country == null ? name : name + " (" + country + ")";
        }

        /**
         * {@code actor1} is {@code group} when given (its named actors all associated), else the first
         * of {@code first} (the rest associated); {@code actor2} the first of {@code second}. A type code
         * is written only beside an actor.
         */
        private static Sides sides(
                String group, List<String> first, String inter1, List<String> second, String inter2) {
            String actor1 = group != null ? group : first.stream().findFirst().orElse(null);
            List<String> associated1 =
                    group != null ? first : first.stream().skip(1).toList();
            String actor2 = second.stream().findFirst().orElse(null);
            return new Sides(
                    actor1,
                    associated1,
                    actor1 == null ? "" : inter1,
                    actor2,
                    second.stream().skip(1).toList(),
                    actor2 == null ? "" : inter2);
        }

        /** ACLED's two-digit interaction code: both type codes, smaller first; a sole actor's code and 0. */
        String interaction() {
            if (inter1.isEmpty()) {
                return "";
            }
            if (actor2 == null) {
                return inter1 + "0";
            }
            if (inter2.isEmpty()) {
                return "";
            }
            int a = Integer.parseInt(inter1);
            int b = Integer.parseInt(inter2);
            return Math.min(a, b) + "" + Math.max(a, b);
        }
    }

    /**
     * Writes the header and every event to {@code out}, one line at a time; flushes but does not
     * close {@code out}.
     *
     * @return the number of events written
     */
    public static long export(Iterator<? extends EventRecord> events, Writer out) throws IOException {
        out.write(header());
        long rows = 0;
        while (events.hasNext()) {
            out.write(row(events.next()));
            rows++;
        }
        out.flush();
        return rows;
    }

    /** As {@link #export(Iterator, Writer)}, in UTF-8 to a byte stream. */
    public static long export(Iterator<? extends EventRecord> events, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        return export(events, writer);
    }

    /** ACLED's event_date: the first day, or the last when the start is open. */
    private static LocalDate eventDate(EdtfDate date) {
        return date.start() != null ? date.start() : date.end();
    }

    /**
     * ACLED's time_precision: 1 the day is known, 2 the week is known (a range of at most seven
     * days), 3 only the month or a longer span.
     */
    static String timePrecision(EdtfDate date) {
        return switch (date.precision()) {
            case DAY -> "1";
            case RANGE -> ChronoUnit.DAYS.between(date.start(), date.end()) < 7 ? "2" : "3";
            case MONTH, YEAR, OPEN -> "3";
        };
    }

    /**
     * ACLED's geo_precision: 1 the town (or a venue in it) is known, 3 only a region or the
     * country. ACLED's 2, "near a town", has no counterpart in Vigil's place precisions.
     */
    static String geoPrecision(Place place) {
        if (place.precision() == null) {
            return ""; // no place on a map (an online or transnational incident)
        }
        return switch (place.precision()) {
            case VENUE, CITY -> "1";
            case REGION, COUNTRY -> "3";
        };
    }

    private static String location(Place place, String country) {
        String scope = place.isScoped() ? (place.scope() == PlaceScope.ONLINE ? "Online" : "Transnational") : null;
        return Stream.of(place.city(), place.venue(), place.admin1(), country, scope)
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
    }

    private static List<String> named(EventRecord event, List<ActorRole> roles) {
        return roles.stream()
                .flatMap(role -> event.actors().stream().filter(actor -> actor.role() == role))
                .map(EventActor::name)
                .toList();
    }

    private static String sources(List<CitedSource> sources) {
        Set<String> names = new LinkedHashSet<>();
        for (CitedSource source : sources) {
            String name = source.publisher() != null
                    ? source.publisher()
                    : source.title() != null ? source.title() : source.url();
            if (name != null) {
                names.add(source.isUnverified() ? name + UNVERIFIED : name);
            }
        }
        return names.stream().collect(Collectors.joining(LIST_SEPARATOR));
    }

    /** ACLED reports the most conservative figure: the low end, 0 when none is reported. */
    private static Long fatalities(Figure killed) {
        return killed == null || killed.low() == null ? 0L : killed.low();
    }

    /** ACLED tags a protest's crowd size, "no report" included; other kinds only when a size is known. */
    private static String tags(EventRecord event) {
        Figure attendance = event.figures().attendance();
        boolean protest = event.kind() == EventKind.RALLY || event.kind() == EventKind.COUNTER_PROTEST;
        return attendance != null || protest ? "crowd size=" + CrowdSize.of(attendance) : null;
    }
}
