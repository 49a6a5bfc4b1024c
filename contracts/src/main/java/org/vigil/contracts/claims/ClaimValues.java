package org.vigil.contracts.claims;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;
import java.util.Set;
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
 *   <tr><td>existence</td><td>{@code {kind, title, date, place, concerns?}}</td></tr>
 *   <tr><td>date</td><td>{@code {date}}, an EDTF string</td></tr>
 *   <tr><td>place</td><td>{@code {place: {countryCode, admin1?, city?, venue?, lat?, lon?, precision?}}}</td></tr>
 *   <tr><td>attendance, injured, killed, arrested</td><td>{@code {low?, high?, qualifier, estimatedBy?, words?}}</td></tr>
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
 * name a unit the place has, so {@code city} needs a {@code city}.
 */
public final class ClaimValues {

    public static final int MAX_TITLE = 300;
    public static final int MAX_SUMMARY = 5000;
    public static final int MAX_NAME = 200;
    public static final long MAX_FIGURE = 100_000_000L;

    private static final Set<String> EXISTENCE_FIELDS = Set.of("kind", "title", "date", "place", "concerns");

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

    /** The place of a {@code place} claim. */
    public static Place place(JsonNode value) {
        return readOrThrow(value, ClaimValues::placeClaim);
    }

    /** The value of an {@code attendance}, {@code injured}, {@code killed} or {@code arrested} claim. */
    public static FigureValue figure(JsonNode value) {
        return readOrThrow(value, FigureRules::figure);
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

    /** Whether the property is one of the four figures. */
    public static boolean isFigure(ClaimProperty property) {
        return switch (property) {
            case ATTENDANCE, INJURED, KILLED, ARRESTED -> true;
            default -> false;
        };
    }

    private static void read(ClaimProperty property, JsonNode value, String path, ValueReader reader) {
        switch (property) {
            case EXISTENCE -> existence(value, path, reader);
            case DATE -> date(value, path, reader);
            case PLACE -> placeClaim(value, path, reader);
            case ATTENDANCE, INJURED, KILLED, ARRESTED -> FigureRules.figure(value, path, reader);
            case ACTOR -> actor(value, path, reader);
            case SUMMARY -> summary(value, path, reader);
            case CAMPAIGN -> campaign(value, path, reader);
            case RELATION -> relation(value, path, reader);
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
        Place place = PlaceRules.place(v.get("place"), ValueReader.path(path, "place"), reader);
        String concerns = PlaceRules.country(v, "concerns", path, reader, false);
        return new Existence(kind, title, date, place, concerns);
    }

    private static EdtfDate date(JsonNode value, String path, ValueReader reader) {
        JsonNode v = reader.object(value, path, Set.of("date"));
        return v == null ? null : edtf(v, path, reader);
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
        JsonNode v = reader.object(value, path, Set.of("place"));
        return v == null ? null : PlaceRules.place(v.get("place"), ValueReader.path(path, "place"), reader);
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
        JsonNode v = reader.object(value, path, Set.of("text"));
        return v == null ? null : reader.requiredParagraphs(v, "text", path, MAX_SUMMARY);
    }

    private static String campaign(JsonNode value, String path, ValueReader reader) {
        JsonNode v = reader.object(value, path, Set.of("name"));
        return v == null ? null : reader.requiredText(v, "name", path, MAX_NAME);
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
