package org.vigil.web.workspace;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.Map;
import java.util.Set;

/**
 * The next revision of a claim sent back for changes: the event's fields for an existence claim,
 * the range for a figure, the value as JSON for any other claim; and the quote. What the form does
 * not show of the claim's value ({@code original}) is kept as it was.
 */
public record RevisionForm(
        String property,
        String original,
        ExistenceFields event,
        String low,
        String high,
        String value,
        CitationFields citation) {

    static final Set<String> FIGURES = Set.of("attendance", "injured", "killed", "arrested");

    public boolean existence() {
        return "existence".equals(property);
    }

    public boolean figure() {
        return FIGURES.contains(property);
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
                ExistenceFields.of(v),
                v.path("low").isNumber() ? v.path("low").asText() : "",
                v.path("high").isNumber() ? v.path("high").asText() : "",
                v.isValueNode() ? v.asText() : original,
                cited == null
                        ? CitationFields.quoting("", "")
                        : CitationFields.quoting(cited.sourceId(), cited.exact()));
    }

    static RevisionForm of(String property, MultivaluedMap<String, String> form) {
        return new RevisionForm(
                property,
                FormValues.field(form, "original"),
                ExistenceFields.of(form, "title"),
                FormValues.field(form, "low"),
                FormValues.field(form, "high"),
                FormValues.field(form, "value"),
                CitationFields.quoting(FormValues.field(form, "sourceId"), FormValues.field(form, "exact")));
    }

    /** The revision moderation-service takes ({@code PUT /api/v1/claims/{id}}). */
    ObjectNode toRevision(ObjectMapper json) {
        ObjectNode revision = json.createObjectNode();
        revision.set("value", revisedValue(json));
        revision.putArray("citations").add(citation.toCitation(json));
        return revision;
    }

    private JsonNode revisedValue(ObjectMapper json) {
        JsonNode before = read(json, original);
        if (existence() || figure()) {
            ObjectNode value = before.isObject() ? ((ObjectNode) before).deepCopy() : json.createObjectNode();
            if (existence()) {
                event.writeTo(value);
            } else {
                FormValues.putNumber(value, "low", low);
                FormValues.putNumber(value, "high", high);
            }
            return value;
        }
        JsonNode typed = read(json, value);
        return typed.isMissingNode() ? json.getNodeFactory().textNode(value) : typed;
    }

    private static JsonNode read(ObjectMapper json, String text) {
        try {
            return text == null || text.isBlank() ? json.missingNode() : json.readTree(text);
        } catch (JsonProcessingException notJson) {
            return json.missingNode();
        }
    }

    private static final Map<String, String> API_FIELDS =
            ExistenceFields.formFields("title", Map.of("value.low", "low", "value.high", "high", "exact", "exact"));

    /** This form's field for a field of the service's problem; {@code value} when it names no other. */
    public static String formField(String apiField) {
        if (apiField == null) {
            return "";
        }
        String rest = apiField.replaceFirst("^citations\\[\\d+]\\.", "");
        return API_FIELDS.getOrDefault(rest, rest.startsWith("value") ? "value" : "");
    }
}
