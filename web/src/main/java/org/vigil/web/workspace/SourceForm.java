package org.vigil.web.workspace;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.core.MultivaluedMap;

/**
 * A source the contributor pastes: its address, what they know about it, and its whole text, which
 * sources-service preserves and every quote is checked against.
 */
public record SourceForm(String url, String title, String publisher, String language, String text) {

    public static SourceForm empty() {
        return new SourceForm("", "", "", "", "");
    }

    public static SourceForm of(MultivaluedMap<String, String> form) {
        return new SourceForm(
                FormValues.field(form, "url"),
                FormValues.field(form, "title"),
                FormValues.field(form, "publisher"),
                FormValues.field(form, "language"),
                // a textarea sends CRLF line breaks, HTML shows LF: the text is kept as the page shows it,
                // so a selected quote's offsets and words match the preserved text
                FormValues.field(form, "text").replace("\r\n", "\n"));
    }

    /** The source sources-service registers ({@code POST /api/v1/sources}). */
    public ObjectNode toRequest(ObjectMapper json) {
        ObjectNode source = json.createObjectNode().put("url", url).put("text", text);
        FormValues.putIfGiven(source, "title", title);
        FormValues.putIfGiven(source, "publisher", publisher);
        FormValues.putIfGiven(source, "language", language);
        return source;
    }

    /** This form's field for a field of the service's problem; {@code null} for one it has not. */
    public static String formField(String apiField) {
        if (apiField == null) {
            return null;
        }
        String name = apiField.substring(apiField.lastIndexOf('.') + 1);
        return switch (name) {
            case "url", "title", "publisher", "language", "text" -> name;
            default -> null;
        };
    }
}
