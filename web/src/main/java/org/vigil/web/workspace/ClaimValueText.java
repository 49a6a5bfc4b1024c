package org.vigil.web.workspace;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.vigil.web.api.PublicEvent;
import org.vigil.web.i18n.Formats;
import org.vigil.web.i18n.Messages;

/**
 * A claim's value as words for the workspaces ({@code {claim.readable}}): a figure as its range and
 * who estimated it, a place by its names, a date as a day, a kind by its name; never raw JSON.
 * What the value contains is the contributor's text, escaped by the template like any other.
 */
@TemplateExtension
public final class ClaimValueText {

    /** Coordinates and precision say nothing a moderator reads; the place's names do. */
    private static final Set<String> UNREAD = Set.of("lat", "lon", "precision");

    /** The parts of a figure its wording already says ("over 250,000"). */
    private static final Set<String> FIGURE = Set.of("low", "high", "qualifier");

    private ClaimValueText() {}

    public static String readable(QueueClaim claim, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return describe(claim.value(), locale(locale));
    }

    public static String readable(MyReports.Claim claim, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return describe(claim.value(), locale(locale));
    }

    /** What a source's text suggests (a figure with its wording), as the report form lists it. */
    public static String readable(Suggestion suggestion, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return describe(suggestion.value(), locale(locale));
    }

    static String describe(JsonNode value, Locale in) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return "";
        }
        if (value.isIntegralNumber()) {
            return Formats.number(value.asLong(), in);
        }
        if (value.isValueNode()) {
            return value.asText();
        }
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            value.forEach(item -> items.add(describe(item, in)));
            return String.join(separator(in), items);
        }
        Messages msg = MessageBundles.get(Messages.class, Localized.Literal.of(in.getLanguage()));
        List<String> parts = new ArrayList<>();
        if (value.has("low") || value.has("high")) {
            parts.add(figure(value, in, msg));
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = value.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = field.getKey();
            JsonNode part = field.getValue();
            if (part.isNull() || UNREAD.contains(name) || FIGURE.contains(name) || name.equals("timezone")) {
                continue;
            }
            String text = switch (name) {
                case "kind" -> msg.kind(part.asText());
                case "date", "publishedAt", "period" -> Formats.day(part.asText(), in);
                case "countryCode", "concerns" -> Formats.countryName(part.asText(), in);
                case "targets" -> countries(part, in);
                case "place" -> place(part, in);
                case "time" -> time(part.asText(), value.path("timezone").asText(""), in);
                case "estimatedBy" -> msg.estimator(part.asText());
                case "who" -> msg.figure_among(part.asText());
                case "role" -> msg.role(part.asText());
                case "type" -> value.has("eventId") ? msg.relation(part.asText()) : msg.actor_type(part.asText());
                case "scope" -> msg.scope(part.asText());
                case "subject" -> msg.tally_subject(part.asText());
                default -> describe(part, in);
            };
            if (!text.isBlank()) {
                String label = name.equals("estimatedBy") ? msg.estimate_by() : msg.field(name);
                parts.add(label + ": " + text);
            }
        }
        return String.join(" · ", parts);
    }

    /** A figure as its source put it ("over 250,000"), or as its range when it has no qualifier. */
    private static String figure(JsonNode figure, Locale in, Messages msg) {
        String qualifier = figure.path("qualifier").asText("");
        if (qualifier.isEmpty()) {
            return range(figure, in, msg);
        }
        return msg.estimate(qualifier, count(figure.path("low"), in), count(figure.path("high"), in));
    }

    private static String count(JsonNode number, Locale in) {
        return number.isNumber() ? Formats.number(number.asLong(), in) : "";
    }

    private static String countries(JsonNode codes, Locale in) {
        List<String> names = new ArrayList<>();
        codes.forEach(code -> names.add(Formats.countryName(code.asText(), in)));
        return String.join(separator(in), names);
    }

    private static String time(String clock, String zone, Locale in) {
        return Formats.local(new PublicEvent.TimeOfDay(clock, zone.isBlank() ? null : zone), in);
    }

    private static String range(JsonNode figure, Locale in, Messages msg) {
        String low = figure.path("low").isNumber()
                ? Formats.number(figure.path("low").asLong(), in)
                : "";
        String high = figure.path("high").isNumber()
                ? Formats.number(figure.path("high").asLong(), in)
                : "";
        if (!low.isEmpty() && !high.isEmpty()) {
            return low.equals(high) ? low : msg.figure_between(low, high);
        }
        if (!low.isEmpty()) {
            return msg.figure_at_least(low);
        }
        return high.isEmpty() ? figure.path("low").asText("") : msg.figure_up_to(high);
    }

    private static String place(JsonNode place, Locale in) {
        List<String> names = new ArrayList<>();
        for (String part : List.of("venue", "city", "admin1")) {
            if (place.hasNonNull(part) && !place.path(part).asText().isBlank()) {
                names.add(place.path(part).asText());
            }
        }
        if (place.hasNonNull("countryCode")) {
            names.add(Formats.countryName(place.path("countryCode").asText(), in));
        }
        return names.isEmpty() ? describe(place, in) : String.join(separator(in), names);
    }

    /** Names in a row: a Persian comma on Persian pages. */
    private static String separator(Locale in) {
        return "fa".equals(in.getLanguage()) ? "، " : ", ";
    }

    private static Locale locale(Object attribute) {
        if (attribute instanceof Locale locale) {
            return locale;
        }
        return attribute == null ? Locale.ENGLISH : Locale.forLanguageTag(attribute.toString());
    }
}
