package org.vigil.web.workspace;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.vigil.web.api.EventFilter;

/**
 * The next revision of a claim sent back for changes: the event's fields for an existence claim,
 * the range for a figure, the value as JSON for any other claim; and the quote. What the form does
 * not show of the claim's value ({@code original}) is kept as it was.
 */
public record RevisionForm(
        String property,
        String original,
        String sourceId,
        String kind,
        String title,
        String date,
        String countryCode,
        String city,
        String low,
        String high,
        String value,
        String exact) {

    static final Set<String> FIGURES = Set.of("attendance", "injured", "killed", "arrested");

    public boolean existence() {
        return "existence".equals(property);
    }

    public boolean figure() {
        return FIGURES.contains(property);
    }

    public List<String> kinds() {
        return EventFilter.KINDS;
    }

    /** The form for a claim as it stands. */
    static RevisionForm of(MyReports.Claim claim, ObjectMapper json) {
        JsonNode v = claim.value() == null ? json.createObjectNode() : claim.value();
        MyReports.Cited cited =
                claim.citations().isEmpty() ? null : claim.citations().get(0);
        String original;
        try {
            original = json.writeValueAsString(v);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return new RevisionForm(
                claim.property(),
                original,
                cited == null ? "" : cited.sourceId(),
                v.path("kind").asText(""),
                v.path("title").asText(""),
                v.path("date").asText(""),
                v.path("place").path("countryCode").asText(""),
                v.path("place").path("city").asText(""),
                v.path("low").isNumber() ? v.path("low").asText() : "",
                v.path("high").isNumber() ? v.path("high").asText() : "",
                v.isValueNode() ? v.asText() : original,
                cited == null ? "" : cited.exact());
    }

    static RevisionForm of(String property, MultivaluedMap<String, String> form) {
        return new RevisionForm(
                property,
                ReportForm.field(form, "original"),
                ReportForm.field(form, "sourceId"),
                ReportForm.field(form, "kind"),
                ReportForm.field(form, "title"),
                ReportForm.field(form, "date"),
                ReportForm.field(form, "countryCode"),
                ReportForm.field(form, "city"),
                ReportForm.field(form, "low"),
                ReportForm.field(form, "high"),
                ReportForm.field(form, "value"),
                ReportForm.field(form, "exact"));
    }

    /** The revision moderation-service takes ({@code PUT /api/v1/claims/{id}}). */
    ObjectNode toRevision(ObjectMapper json) {
        ObjectNode revision = json.createObjectNode();
        revision.set("value", revisedValue(json));
        revision.putArray("citations").addObject().put("sourceId", sourceId).put("exact", exact);
        return revision;
    }

    private JsonNode revisedValue(ObjectMapper json) {
        JsonNode before = read(json, original);
        if (existence() || figure()) {
            ObjectNode value = before.isObject() ? ((ObjectNode) before).deepCopy() : json.createObjectNode();
            if (existence()) {
                value.put("kind", kind).put("title", title).put("date", date);
                ObjectNode place =
                        value.path("place").isObject() ? (ObjectNode) value.get("place") : value.putObject("place");
                place.put("countryCode", countryCode.toUpperCase(Locale.ROOT));
                if (city.isBlank()) {
                    place.remove("city");
                } else {
                    place.put("city", city);
                }
            } else {
                number(value, "low", low);
                number(value, "high", high);
            }
            return value;
        }
        JsonNode typed = read(json, value);
        return typed.isMissingNode() ? json.getNodeFactory().textNode(value) : typed;
    }

    private static void number(ObjectNode value, String name, String typed) {
        if (typed.isBlank()) {
            value.putNull(name);
            return;
        }
        try {
            value.put(name, Long.parseLong(typed.strip()));
        } catch (NumberFormatException notANumber) {
            // the service names the field
            value.put(name, typed);
        }
    }

    private static JsonNode read(ObjectMapper json, String text) {
        try {
            return text == null || text.isBlank() ? json.missingNode() : json.readTree(text);
        } catch (JsonProcessingException notJson) {
            return json.missingNode();
        }
    }

    private static final Map<String, String> API_FIELDS = Map.ofEntries(
            Map.entry("value.kind", "kind"),
            Map.entry("value.title", "title"),
            Map.entry("value.date", "date"),
            Map.entry("value.place.countryCode", "countryCode"),
            Map.entry("value.place", "countryCode"),
            Map.entry("value.place.city", "city"),
            Map.entry("value.low", "low"),
            Map.entry("value.high", "high"),
            Map.entry("exact", "exact"));

    /** This form's field for a field of the service's problem; {@code value} when it names no other. */
    public static String formField(String apiField) {
        if (apiField == null) {
            return "";
        }
        String rest = apiField.replaceFirst("^citations\\[\\d+]\\.", "");
        return API_FIELDS.getOrDefault(rest, rest.startsWith("value") ? "value" : "");
    }
}
