package org.vigil.web.page;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.RawString;

/**
 * The event's JSON-LD inside {@code <script type="application/ld+json">}. The contents of a script
 * element are not HTML-escaped by browsers, so Qute's escaping cannot be used there; instead the
 * JSON is re-serialised and every {@code <}, {@code >} and {@code &} written as a JSON unicode
 * escape. The text then holds no {@code </script>} and no markup, whatever the titles say, and
 * still parses as the same JSON.
 */
final class JsonLdBlock {

    private JsonLdBlock() {}

    static RawString of(String jsonLd, ObjectMapper json) {
        try {
            JsonNode document = json.readTree(jsonLd);
            String text = json.writeValueAsString(document)
                    .replace("<", "\\u003c")
                    .replace(">", "\\u003e")
                    .replace("&", "\\u0026")
                    .replace("\u2028", "\\u2028")
                    .replace("\u2029", "\\u2029");
            return new RawString(text);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return new RawString("{}");
        }
    }
}
