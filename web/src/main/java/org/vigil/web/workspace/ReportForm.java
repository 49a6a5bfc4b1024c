package org.vigil.web.workspace;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;
import java.util.Map;

/**
 * The report form as the contributor filled it in: a new event (its existence), optionally its
 * attendance, both cited by one quote of one registered source (at the version they read). It
 * becomes the JSON report of moderation-service; the service's own field errors come back under
 * this form's field names. {@code sourceName} and {@code text} are the source as the page showed it,
 * carried along so the page can show it again after a refusal without asking sources-service once more.
 */
public record ReportForm(
        CitationFields citation,
        String sourceName,
        String text,
        ExistenceFields event,
        String attendanceLow,
        String note) {

    /** A new report citing {@code source}, started from what the source's text suggests. */
    public static ReportForm citing(RegisteredSource source, List<Suggestion> suggestions) {
        Suggestion first = suggestions.isEmpty() ? null : suggestions.get(0);
        return new ReportForm(
                new CitationFields(
                        source.id(),
                        source.version() == null ? "" : source.version().toString(),
                        "",
                        "",
                        ""),
                source.name(),
                source.text() == null ? "" : source.text(),
                new ExistenceFields(
                        "rally",
                        "",
                        first == null ? "" : first.dateOrEmpty(),
                        first == null ? "" : first.countryCode(),
                        first == null ? "" : first.city()),
                first == null || !"attendance".equals(first.property()) ? "" : first.low(),
                "");
    }

    public static ReportForm of(MultivaluedMap<String, String> form) {
        return new ReportForm(
                CitationFields.of(form),
                FormValues.field(form, "sourceName"),
                FormValues.field(form, "text"),
                ExistenceFields.of(form, "eventTitle"),
                FormValues.field(form, "attendanceLow"),
                FormValues.field(form, "note"));
    }

    /** The report moderation-service takes ({@code POST /api/v1/reports}). */
    public ObjectNode toReport(ObjectMapper json) {
        ObjectNode report = json.createObjectNode();
        if (!note.isBlank()) {
            report.put("note", note);
        }
        ArrayNode claims = report.putArray("claims");
        ObjectNode existence = claims.addObject().put("property", "existence");
        ObjectNode place = event.writeTo(existence.putObject("value"));
        place.put("precision", event.city().isBlank() ? "country" : "city");
        existence.putArray("citations").add(citation.toCitation(json));
        if (!attendanceLow.isBlank()) {
            ObjectNode attendance = claims.addObject().put("property", "attendance");
            // the form asks for the lowest figure the source gives: "at least" that many
            ObjectNode figure =
                    attendance.putObject("value").put("qualifier", "at_least").put("estimatedBy", "media");
            FormValues.putNumber(figure, "low", attendanceLow);
            attendance.putArray("citations").add(citation.toCitation(json));
        }
        return report;
    }

    private static final Map<String, String> API_FIELDS = ExistenceFields.formFields(
            "eventTitle",
            Map.of(
                    "sourceId", "exact",
                    "sourceVersion", "exact",
                    "exact", "exact",
                    "prefix", "exact",
                    "suffix", "exact",
                    "value.low", "attendanceLow",
                    "value", "attendanceLow",
                    "note", "note"));

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
