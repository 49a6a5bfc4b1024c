package org.vigil.contracts.claims;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.vigil.contracts.problem.FieldError;
import org.vigil.contracts.vocabulary.ClaimProperty;
import org.vigil.contracts.vocabulary.EdtfDate;
import org.vigil.contracts.vocabulary.EventKind;
import org.vigil.contracts.vocabulary.FigureValue;

/**
 * What the value of a claim must look like for each property, in one place: moderation checks a
 * submission with {@link #check} and answers 400 naming each field; the public record reads
 * approved values with the typed readers ({@link #existence}, {@link #place}, …), which apply the
 * same rules and so never see a value moderation would have refused.
 *
 * <table>
 *   <caption>Shapes</caption>
 *   <tr><th>property</th><th>value</th></tr>
 *   <tr><td>existence</td><td>{@code {kind, title, date, time?, timezone?, place, concerns?}}</td></tr>
 *   <tr><td>date</td><td>{@code {date, time?, timezone?}}, an EDTF string and a local time</td></tr>
 *   <tr><td>place</td><td>{@code {place: {countryCode, admin1?, city?, venue?, lat?, lon?, precision?}}}
 *       or {@code {place: {scope, targets?}}}</td></tr>
 *   <tr><td>attendance, arrested, signatures</td><td>{@code {low?, high?, qualifier, estimatedBy?, words?}}</td></tr>
 *   <tr><td>injured, killed</td><td>the same and {@code who?}: protesters, police, bystanders</td></tr>
 *   <tr><td>kind, title, concerns</td><td>{@code {kind}}, {@code {title}}, {@code {concerns}}</td></tr>
 *   <tr><td>tally</td><td>{@code {kind, place?, period, count, subject}}</td></tr>
 *   <tr><td>actor</td><td>{@code {name, role, type?}}</td></tr>
 *   <tr><td>summary</td><td>{@code {text}}</td></tr>
 *   <tr><td>campaign</td><td>{@code {name}}</td></tr>
 *   <tr><td>relation</td><td>{@code {type, eventId}}</td></tr>
 * </table>
 *
 * <p>Fields not listed are refused, so a misspelt {@code lattitude} is an error and not a silently
 * lost coordinate. Texts are stripped; an optional blank text counts as left out.
 *
 * <p>Figures: {@code exact} and {@code about} take {@code low} and optionally an equal
 * {@code high} (read back as {@code high = low}); {@code over} and {@code at_least} take only
 * {@code low} (the figure is open-ended above); {@code under} and {@code up_to} take only
 * {@code high} (no lower bound stated); {@code range} takes both. {@code estimatedBy} defaults to
 * {@code unknown}.
 *
 * <p>Place: {@code lat} and {@code lon} come together. {@code precision} defaults to the finest
 * unit named (venue, else city, else region for {@code admin1}, else country); when given it must
 * name a unit the place has, so {@code city} needs a {@code city}. A place with a {@code scope}
 * ({@code online}, {@code transnational}) has no place on a map: it lists the countries it
 * {@code targets} and none of the other fields.
 *
 * <p>Time: {@code time} is {@code HH:mm}, local to the place, and needs a date known to the day;
 * {@code timezone} (an IANA zone such as {@code Europe/London}, or an offset such as {@code +01:00})
 * needs a {@code time}.
 *
 * <p>Tally: {@code count} is a figure; {@code period} an EDTF date; {@code place} a country (with a
 * city if need be, no coordinates needed) or a scope, left out for a worldwide count.
 */
public final class ClaimValues {

    public static final int MAX_TITLE = 300;
    public static final int MAX_SUMMARY = 5000;
    public static final int MAX_NAME = 200;
    public static final long MAX_FIGURE = 100_000_000L;

    private static final Set<String> EXISTENCE_FIELDS =
            Set.of("kind", "title", "date", "time", "timezone", "place", "concerns");
    private static final Set<String> TALLY_FIELDS = Set.of("kind", "place", "period", "count", "subject");
    private static final Pattern TIME = Pattern.compile("([01][0-9]|2[0-3]):[0-5][0-9]");

    private ClaimValues() {}

    /**
     * Every way {@code value} falls short of what a {@code property} claim must hold; empty when it
     * is fine.
     *
     * @param path where the value sits in the request, e.g. {@code claims[0].value}; field paths
     *     in the errors extend it ({@code claims[0].value.place.countryCode})
     */
    public static List<FieldError> check(ClaimProperty property, JsonNode value, String path) {
        Objects.requireNonNull(property, "property");
        ValueReader reader = new ValueReader();
        read(property, value, path, reader);
        return reader.errors();
    }

    /**
     * The value of an {@code existence} claim. Like every reader here, throws
     * {@link InvalidClaimValue} (an {@link IllegalArgumentException} carrying the field errors,
     * paths starting at {@code value}) when the value breaks the rules.
     */
    public static Existence existence(JsonNode value) {
        return readOrThrow(value, ClaimValues::existence);
    }

    /** The date of a {@code date} claim. */
    public static EdtfDate date(JsonNode value) {
        return readOrThrow(value, ClaimValues::date);
    }

    /** The local time a {@code date} claim gives, or {@code null} when it gives none. */
    public static TimeOfDay timeOfDay(JsonNode value) {
        return readOrThrow(value, (v, path, reader) -> {
            JsonNode object = reader.object(v, path, Set.of("date", "time", "timezone"));
            return object == null ? null : time(object, edtf(object, path, reader), path, reader);
        });
    }

    /** The place of a {@code place} claim. */
    public static Place place(JsonNode value) {
        return readOrThrow(value, ClaimValues::placeClaim);
    }

    /** The value of an {@code attendance}, {@code arrested} or {@code signatures} claim. */
    public static FigureValue figure(JsonNode value) {
        return readOrThrow(value, FigureRules::figure);
    }

    /** The value of a figure claim of any of the five figure properties. */
    public static FigureValue figure(ClaimProperty property, JsonNode value) {
        return readOrThrow(value, casualties(property) ? FigureRules::casualties : FigureRules::figure);
    }

    /** The kind of a {@code kind} claim. */
    public static EventKind kind(JsonNode value) {
        return readOrThrow(value, ClaimValues::kind);
    }

    /** The title of a {@code title} claim. */
    public static String title(JsonNode value) {
        return readOrThrow(value, ClaimValues::title);
    }

    /** The country of a {@code concerns} claim. */
    public static String concerns(JsonNode value) {
        return readOrThrow(value, ClaimValues::concerns);
    }

    public static Tally tally(JsonNode value) {
        return readOrThrow(value, ClaimValues::tally);
    }

    public static Actor actor(JsonNode value) {
        return readOrThrow(value, ClaimValues::actor);
    }

    /** The text of a {@code summary} claim. */
    public static String summary(JsonNode value) {
        return readOrThrow(value, ClaimValues::summary);
    }

    /** The campaign name of a {@code campaign} claim. */
    public static String campaign(JsonNode value) {
        return readOrThrow(value, ClaimValues::campaign);
    }

    public static Relation relation(JsonNode value) {
        return readOrThrow(value, ClaimValues::relation);
    }

    /** Whether the property is one of the five figures. */
    public static boolean isFigure(ClaimProperty property) {
        return switch (property) {
            case ATTENDANCE, INJURED, KILLED, ARRESTED, SIGNATURES -> true;
            default -> false;
        };
    }

    /** Whether the property counts people hurt, so its value may say whom ({@code who}). */
    public static boolean casualties(ClaimProperty property) {
        return property == ClaimProperty.INJURED || property == ClaimProperty.KILLED;
    }

    private static void read(ClaimProperty property, JsonNode value, String path, ValueReader reader) {
        switch (property) {
            case EXISTENCE -> existence(value, path, reader);
            case DATE -> date(value, path, reader);
            case PLACE -> placeClaim(value, path, reader);
            case ATTENDANCE, ARRESTED, SIGNATURES -> FigureRules.figure(value, path, reader);
            case INJURED, KILLED -> FigureRules.casualties(value, path, reader);
            case ACTOR -> actor(value, path, reader);
            case SUMMARY -> summary(value, path, reader);
            case CAMPAIGN -> campaign(value, path, reader);
            case RELATION -> relation(value, path, reader);
            case KIND -> kind(value, path, reader);
            case TITLE -> title(value, path, reader);
            case CONCERNS -> concerns(value, path, reader);
            case TALLY -> tally(value, path, reader);
        }
    }

    /** A reading of one property's value that records its errors in the reader. */
    @FunctionalInterface
    private interface Reading<T> {
        T read(JsonNode value, String path, ValueReader reader);
    }

    private static <T> T readOrThrow(JsonNode value, Reading<T> reading) {
        ValueReader reader = new ValueReader();
        T result = reading.read(value, "value", reader);
        if (reader.hasErrors()) {
            throw new InvalidClaimValue(reader.errors());
        }
        return result;
    }

    private static Existence existence(JsonNode value, String path, ValueReader reader) {
        JsonNode v = reader.object(value, path, EXISTENCE_FIELDS);
        if (v == null) {
            return null;
        }
        EventKind kind = reader.requiredChoice(v, "kind", path, EventKind::fromWire, EventKind.values());
        String title = reader.requiredText(v, "title", path, MAX_TITLE);
        EdtfDate date = edtf(v, path, reader);
        TimeOfDay time = time(v, date, path, reader);
        Place place = PlaceRules.place(v.get("place"), ValueReader.path(path, "place"), reader);
        String concerns = PlaceRules.country(v, "concerns", path, reader, false);
        return new Existence(kind, title, date, place, concerns, time);
    }

    private static EdtfDate date(JsonNode value, String path, ValueReader reader) {
        JsonNode v = reader.object(value, path, Set.of("date", "time", "timezone"));
        if (v == null) {
            return null;
        }
        EdtfDate date = edtf(v, path, reader);
        time(v, date, path, reader);
        return date;
    }

    /** The local time beside a date, or {@code null} when none is given. */
    private static TimeOfDay time(JsonNode object, EdtfDate date, String path, ValueReader reader) {
        String time = reader.optionalText(object, "time", path, 5);
        String timezone = reader.optionalText(object, "timezone", path, 64);
        if (time != null && !TIME.matcher(time).matches()) {
            reader.error(ValueReader.path(path, "time"), "must be a local time HH:mm, e.g. 18:00");
            return null;
        }
        if (time != null && date != null && date.precision() != EdtfDate.Precision.DAY) {
            reader.error(ValueReader.path(path, "time"), "needs a date known to the day");
        }
        if (timezone != null) {
            if (time == null) {
                reader.error(ValueReader.path(path, "timezone"), "needs a time");
            }
            try {
                ZoneId.of(timezone);
            } catch (DateTimeException e) {
                reader.error(
                        ValueReader.path(path, "timezone"),
                        "must be an IANA time zone (Europe/London) or a UTC offset (+01:00)");
                return null;
            }
        }
        return time == null ? null : new TimeOfDay(time, timezone);
    }

    /** A value that is an object of the one field {@code name}, read by {@code field}. */
    private static <T> T single(JsonNode value, String path, ValueReader reader, String name, FieldReading<T> field) {
        JsonNode v = reader.object(value, path, Set.of(name));
        return v == null ? null : field.read(v, name);
    }

    @FunctionalInterface
    private interface FieldReading<T> {
        T read(JsonNode object, String field);
    }

    private static EventKind kind(JsonNode value, String path, ValueReader reader) {
        return single(
                value,
                path,
                reader,
                "kind",
                (v, f) -> reader.requiredChoice(v, f, path, EventKind::fromWire, EventKind.values()));
    }

    private static String title(JsonNode value, String path, ValueReader reader) {
        return single(value, path, reader, "title", (v, f) -> reader.requiredText(v, f, path, MAX_TITLE));
    }

    private static String concerns(JsonNode value, String path, ValueReader reader) {
        return single(value, path, reader, "concerns", (v, f) -> PlaceRules.country(v, f, path, reader, true));
    }

    private static Tally tally(JsonNode value, String path, ValueReader reader) {
        JsonNode v = reader.object(value, path, TALLY_FIELDS);
        if (v == null) {
            return null;
        }
        EventKind kind = reader.requiredChoice(v, "kind", path, EventKind::fromWire, EventKind.values());
        Place place = ValueReader.absent(v.get("place"))
                ? null
                : PlaceRules.place(v.get("place"), ValueReader.path(path, "place"), reader);
        String periodText = reader.requiredText(v, "period", path, 64);
        EdtfDate period = null;
        if (periodText != null) {
            try {
                period = EdtfDate.parse(periodText);
            } catch (IllegalArgumentException e) {
                reader.error(ValueReader.path(path, "period"), e.getMessage());
            }
        }
        FigureValue count = FigureRules.figure(v.get("count"), ValueReader.path(path, "count"), reader);
        TallySubject subject = reader.requiredChoice(v, "subject", path, TallySubject::fromWire, TallySubject.values());
        return new Tally(kind, place, period, count, subject);
    }

    private static EdtfDate edtf(JsonNode object, String path, ValueReader reader) {
        String text = reader.requiredText(object, "date", path, 64);
        if (text == null) {
            return null;
        }
        try {
            return EdtfDate.parse(text);
        } catch (IllegalArgumentException e) {
            reader.error(ValueReader.path(path, "date"), e.getMessage());
            return null;
        }
    }

    private static Place placeClaim(JsonNode value, String path, ValueReader reader) {
        return single(
                value, path, reader, "place", (v, f) -> PlaceRules.place(v.get(f), ValueReader.path(path, f), reader));
    }

    private static Actor actor(JsonNode value, String path, ValueReader reader) {
        JsonNode v = reader.object(value, path, Set.of("name", "role", "type"));
        if (v == null) {
            return null;
        }
        String name = reader.requiredText(v, "name", path, MAX_NAME);
        ActorRole role = reader.requiredChoice(v, "role", path, ActorRole::fromWire, ActorRole.values());
        ActorType type = reader.optionalChoice(v, "type", path, ActorType::fromWire, ActorType.values());
        return new Actor(name, role, type);
    }

    private static String summary(JsonNode value, String path, ValueReader reader) {
        return single(value, path, reader, "text", (v, f) -> reader.requiredParagraphs(v, f, path, MAX_SUMMARY));
    }

    private static String campaign(JsonNode value, String path, ValueReader reader) {
        return single(value, path, reader, "name", (v, f) -> reader.requiredText(v, f, path, MAX_NAME));
    }

    private static Relation relation(JsonNode value, String path, ValueReader reader) {
        JsonNode v = reader.object(value, path, Set.of("type", "eventId"));
        if (v == null) {
            return null;
        }
        RelationType type = reader.requiredChoice(v, "type", path, RelationType::fromWire, RelationType.values());
        return new Relation(type, reader.requiredId(v, "eventId", path));
    }
}
