package org.vigil.web.workspace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.vigil.web.api.EventFilter;

/**
 * What an existence claim states, as the report and revision forms have it typed: the event's kind,
 * title and date, and its place by country and city.
 */
public record ExistenceFields(String kind, String title, String date, String countryCode, String city) {

    /** The kinds of event a claim may name: the public record's. */
    public List<String> kinds() {
        return EventFilter.KINDS;
    }

    /** The fields as posted; each form names the title's field its own way. */
    static ExistenceFields of(MultivaluedMap<String, String> form, String titleField) {
        return new ExistenceFields(
                FormValues.field(form, "kind"),
                FormValues.field(form, titleField),
                FormValues.field(form, "date"),
                FormValues.field(form, "countryCode"),
                FormValues.field(form, "city"));
    }

    /** The fields of an existence claim's value as it stands. */
    static ExistenceFields of(JsonNode value) {
        return new ExistenceFields(
                value.path("kind").asText(""),
                value.path("title").asText(""),
                value.path("date").asText(""),
                value.path("place").path("countryCode").asText(""),
                value.path("place").path("city").asText(""));
    }

    /**
     * Writes the fields into a claim's {@code value}, keeping what else its place holds; answers the
     * place.
     */
    ObjectNode writeTo(ObjectNode value) {
        value.put("kind", kind).put("title", title).put("date", date);
        ObjectNode place = value.path("place").isObject() ? (ObjectNode) value.get("place") : value.putObject("place");
        place.put("countryCode", countryCode.toUpperCase(Locale.ROOT));
        if (city.isBlank()) {
            place.remove("city");
        } else {
            place.put("city", city);
        }
        return place;
    }

    /**
     * A form's field for each field of the service's problem about an existence claim's value, with the
     * form's {@code others}.
     */
    static Map<String, String> formFields(String titleField, Map<String, String> others) {
        Map<String, String> fields = new HashMap<>(Map.of(
                "value.kind", "kind",
                "value.title", titleField,
                "value.date", "date",
                "value.place.countryCode", "countryCode",
                "value.place", "countryCode",
                "value.place.city", "city"));
        fields.putAll(others);
        return Map.copyOf(fields);
    }
}
