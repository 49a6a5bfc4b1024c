package org.vigil.web.workspace;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.vigil.web.api.EventFilter;

/**
 * The report form as the contributor filled it in: a new event (its existence), optionally its
 * attendance, both cited by one quote of one registered source (at the version they read). It
 * becomes the JSON report of moderation-service; the service's own field errors come back under
 * this form's field names. {@code text} is the source's text as the page showed it, carried along
 * so the page can show it again after a refusal without asking sources-service once more.
 */
public record ReportForm(
        String sourceId,
        String sourceVersion,
        String sourceName,
        String text,
        String exact,
        String prefix,
        String suffix,
        String kind,
        String eventTitle,
        String date,
        String countryCode,
        String city,
        String attendanceLow,
        String note) {

    /** The kinds of event a report may name: the public record's. */
    public List<String> kinds() {
        return EventFilter.KINDS;
    }

    /** A new report citing {@code source}, started from what the source's text suggests. */
    public static ReportForm citing(RegisteredSource source, List<Suggestion> suggestions) {
        Suggestion first = suggestions.isEmpty() ? null : suggestions.get(0);
        return new ReportForm(
                source.id(),
                source.version() == null ? "" : source.version().toString(),
                source.name(),
                source.text() == null ? "" : source.text(),
                "",
                "",
                "",
                "rally",
                "",
                first == null ? "" : first.dateOrEmpty(),
                first == null ? "" : first.countryCode(),
                first == null ? "" : first.city(),
                first == null || !"attendance".equals(first.property()) ? "" : first.low(),
                "");
    }

    public static ReportForm of(MultivaluedMap<String, String> form) {
        return new ReportForm(
                field(form, "sourceId"),
                field(form, "sourceVersion"),
                field(form, "sourceName"),
                field(form, "text"),
                field(form, "exact"),
                field(form, "prefix"),
                field(form, "suffix"),
                field(form, "kind"),
                field(form, "eventTitle"),
                field(form, "date"),
                field(form, "countryCode"),
                field(form, "city"),
                field(form, "attendanceLow"),
                field(form, "note"));
    }

    static String field(MultivaluedMap<String, String> form, String name) {
        String value = form.getFirst(name);
        return value == null ? "" : value;
    }

    /** The report moderation-service takes ({@code POST /api/v1/reports}). */
    public ObjectNode toReport(ObjectMapper json) {
        ObjectNode report = json.createObjectNode();
        if (!note.isBlank()) {
            report.put("note", note);
        }
        ArrayNode claims = report.putArray("claims");
        ObjectNode existence = claims.addObject().put("property", "existence");
        ObjectNode value = existence
                .putObject("value")
                .put("kind", kind)
                .put("title", eventTitle)
                .put("date", date);
        ObjectNode place = value.putObject("place").put("countryCode", countryCode.toUpperCase(Locale.ROOT));
        if (!city.isBlank()) {
            place.put("city", city).put("precision", "city");
        } else {
            place.put("precision", "country");
        }
        existence.putArray("citations").add(citation(json));
        if (!attendanceLow.isBlank()) {
            ObjectNode attendance = claims.addObject().put("property", "attendance");
            // the form asks for the lowest figure the source gives: "at least" that many
            ObjectNode figure =
                    attendance.putObject("value").put("qualifier", "at_least").put("estimatedBy", "media");
            try {
                figure.put("low", Long.parseLong(attendanceLow.strip()));
            } catch (NumberFormatException notANumber) {
                // the service names the field; the text goes as it was typed
                figure.put("low", attendanceLow);
            }
            attendance.putArray("citations").add(citation(json));
        }
        return report;
    }

    private ObjectNode citation(ObjectMapper json) {
        ObjectNode citation = json.createObjectNode().put("sourceId", sourceId);
        try {
            citation.put("sourceVersion", Integer.parseInt(sourceVersion));
        } catch (NumberFormatException none) {
            // without a version the citation is bound to the newest
        }
        citation.put("exact", exact);
        putIfGiven(citation, "prefix", prefix);
        putIfGiven(citation, "suffix", suffix);
        return citation;
    }

    static void putIfGiven(ObjectNode node, String name, String value) {
        if (value != null && !value.isBlank()) {
            node.put(name, value);
        }
    }

    private static final Map<String, String> API_FIELDS = Map.ofEntries(
            Map.entry("sourceId", "exact"),
            Map.entry("sourceVersion", "exact"),
            Map.entry("exact", "exact"),
            Map.entry("prefix", "exact"),
            Map.entry("suffix", "exact"),
            Map.entry("value.kind", "kind"),
            Map.entry("value.title", "eventTitle"),
            Map.entry("value.date", "date"),
            Map.entry("value.place.countryCode", "countryCode"),
            Map.entry("value.place.city", "city"),
            Map.entry("value.place", "countryCode"),
            Map.entry("value.low", "attendanceLow"),
            Map.entry("value", "attendanceLow"),
            Map.entry("note", "note"));

    /**
     * This form's field for a field of the service's problem ({@code claims[0].citations[0].exact}
     * is {@code exact}); {@code null} for one the form has no field for.
     */
    public static String formField(String apiField) {
        if (apiField == null) {
            return null;
        }
        String rest = apiField.replaceFirst("^claims\\[\\d+]\\.", "").replaceFirst("^citations\\[\\d+]\\.", "");
        return API_FIELDS.get(rest);
    }
}
