package org.vigil.contracts.claims;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.vigil.contracts.vocabulary.ClaimProperty;
import org.vigil.contracts.vocabulary.CountryCodes;
import org.vigil.contracts.vocabulary.EdtfDate;
import org.vigil.contracts.vocabulary.EstimatedBy;
import org.vigil.contracts.vocabulary.EventKind;
import org.vigil.contracts.vocabulary.FigureValue;
import org.vigil.contracts.vocabulary.Qualifier;

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
 *   <tr><td>actor</td><td>{@code {name, role}}</td></tr>
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
    private static final Set<String> PLACE_FIELDS =
            Set.of("countryCode", "admin1", "city", "venue", "lat", "lon", "precision");
    private static final Set<String> FIGURE_FIELDS = Set.of("low", "high", "qualifier", "estimatedBy", "words");

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

    /** @throws InvalidClaimValue when the value is not an {@code existence} value */
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
        return readOrThrow(value, ClaimValues::figure);
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
            case ATTENDANCE, INJURED, KILLED, ARRESTED -> figure(value, path, reader);
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
        Place place = place(v.get("place"), ValueReader.path(path, "place"), reader);
        String concerns = country(v, "concerns", path, reader, false);
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
        return v == null ? null : place(v.get("place"), ValueReader.path(path, "place"), reader);
    }

    private static Place place(JsonNode value, String path, ValueReader reader) {
        JsonNode v = reader.object(value, path, PLACE_FIELDS);
        if (v == null) {
            return null;
        }
        String countryCode = country(v, "countryCode", path, reader, true);
        String admin1 = reader.optionalText(v, "admin1", path, MAX_NAME);
        String city = reader.optionalText(v, "city", path, MAX_NAME);
        String venue = reader.optionalText(v, "venue", path, MAX_NAME);
        Double lat = reader.optionalDegrees(v, "lat", path, -90, 90);
        Double lon = reader.optionalDegrees(v, "lon", path, -180, 180);
        if (ValueReader.absent(v.get("lat")) != ValueReader.absent(v.get("lon"))) {
            String missing = ValueReader.absent(v.get("lat")) ? "lat" : "lon";
            reader.error(ValueReader.path(path, missing), "is required when " + other(missing) + " is given");
        }
        PlacePrecision precision =
                reader.optionalChoice(v, "precision", path, PlacePrecision::fromWire, PlacePrecision.values());
        if (precision == null && ValueReader.absent(v.get("precision"))) {
            precision = finestUnit(admin1, city, venue);
        } else if (precision != null) {
            String unit = unitFor(precision);
            if (unit != null && ValueReader.absent(v.get(unit))) {
                reader.error(ValueReader.path(path, "precision"), precision + " needs the place's " + unit);
            }
        }
        return new Place(countryCode, admin1, city, venue, lat, lon, precision);
    }

    private static String other(String coordinate) {
        return "lat".equals(coordinate) ? "lon" : "lat";
    }

    private static PlacePrecision finestUnit(String admin1, String city, String venue) {
        if (venue != null) {
            return PlacePrecision.VENUE;
        }
        if (city != null) {
            return PlacePrecision.CITY;
        }
        return admin1 != null ? PlacePrecision.REGION : PlacePrecision.COUNTRY;
    }

    /** The place field a precision refers to; none for {@code country}, which is always there. */
    private static String unitFor(PlacePrecision precision) {
        return switch (precision) {
            case VENUE -> "venue";
            case CITY -> "city";
            case REGION -> "admin1";
            case COUNTRY -> null;
        };
    }

    private static String country(JsonNode object, String field, String path, ValueReader reader, boolean required) {
        String code = required
                ? reader.requiredText(object, field, path, 8)
                : reader.optionalText(object, field, path, 8);
        if (code != null && !CountryCodes.isValid(code)) {
            reader.error(ValueReader.path(path, field), "must be an ISO 3166-1 alpha-2 country code in capitals, e.g. DE");
            return null;
        }
        return code;
    }

    private static FigureValue figure(JsonNode value, String path, ValueReader reader) {
        JsonNode v = reader.object(value, path, FIGURE_FIELDS);
        if (v == null) {
            return null;
        }
        Long low = reader.optionalCount(v, "low", path, MAX_FIGURE);
        Long high = reader.optionalCount(v, "high", path, MAX_FIGURE);
        Qualifier qualifier = reader.requiredChoice(v, "qualifier", path, Qualifier::fromWire, Qualifier.values());
        EstimatedBy estimatedBy =
                reader.optionalChoice(v, "estimatedBy", path, EstimatedBy::fromWire, EstimatedBy.values());
        String words = reader.optionalText(v, "words", path, MAX_NAME);
        if (estimatedBy == null && ValueReader.absent(v.get("estimatedBy"))) {
            estimatedBy = EstimatedBy.UNKNOWN;
        }
        if (qualifier != null) {
            high = bounds(qualifier, low, high, v, path, reader);
        } else if (low != null && high != null && low > high) {
            reader.error(ValueReader.path(path, "low"), "must not be greater than high");
        }
        return new FigureValue(low, high, qualifier, estimatedBy, words);
    }

    /** Checks which bounds the qualifier takes; returns {@code high} as read back. */
    private static Long bounds(Qualifier qualifier, Long low, Long high, JsonNode v, String path, ValueReader reader) {
        boolean hasLow = !ValueReader.absent(v.get("low"));
        boolean hasHigh = !ValueReader.absent(v.get("high"));
        String lowPath = ValueReader.path(path, "low");
        String highPath = ValueReader.path(path, "high");
        switch (qualifier) {
            case EXACT, ABOUT -> {
                if (!hasLow) {
                    reader.error(lowPath, "is required for qualifier " + qualifier);
                }
                if (low != null && high != null && !high.equals(low)) {
                    reader.error(highPath, "must equal low or be left out for qualifier " + qualifier);
                }
                return low;
            }
            case OVER, AT_LEAST -> {
                if (!hasLow) {
                    reader.error(lowPath, "is required for qualifier " + qualifier);
                }
                if (hasHigh) {
                    reader.error(highPath, "must be left out for qualifier " + qualifier + ": the figure has no upper bound");
                }
                return null;
            }
            case UNDER, UP_TO -> {
                if (!hasHigh) {
                    reader.error(highPath, "is required for qualifier " + qualifier);
                }
                if (hasLow) {
                    reader.error(lowPath, "must be left out for qualifier " + qualifier + "; use range to give both bounds");
                }
                return high;
            }
            case RANGE -> {
                if (!hasLow) {
                    reader.error(lowPath, "is required for qualifier range");
                }
                if (!hasHigh) {
                    reader.error(highPath, "is required for qualifier range");
                }
                if (low != null && high != null && low > high) {
                    reader.error(lowPath, "must not be greater than high");
                }
                return high;
            }
        }
        throw new IllegalStateException("unhandled qualifier " + qualifier);
    }

    private static Actor actor(JsonNode value, String path, ValueReader reader) {
        JsonNode v = reader.object(value, path, Set.of("name", "role"));
        if (v == null) {
            return null;
        }
        String name = reader.requiredText(v, "name", path, MAX_NAME);
        ActorRole role = reader.requiredChoice(v, "role", path, ActorRole::fromWire, ActorRole.values());
        return new Actor(name, role);
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
