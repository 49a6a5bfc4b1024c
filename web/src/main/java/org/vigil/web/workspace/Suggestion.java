package org.vigil.web.workspace;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * A claim sources-service found in a source's text ({@code /sources/{id}/suggestions}): a figure,
 * the place and date of its event, and the quote that states it. The report form starts from it.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Suggestion(String property, JsonNode value, JsonNode place, String date, Quote citation) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Quote(String exact, String prefix, String suffix) {}

    /** The lowest figure the text gives, as digits; empty when it gives none. */
    public String low() {
        return value == null || !value.path("low").isNumber()
                ? ""
                : value.path("low").asText();
    }

    public String countryCode() {
        return place == null ? "" : place.path("countryCode").asText("");
    }

    public String city() {
        return place == null ? "" : place.path("city").asText("");
    }

    public String exact() {
        return citation == null || citation.exact() == null ? "" : citation.exact();
    }

    public String dateOrEmpty() {
        return date == null ? "" : date;
    }
}
