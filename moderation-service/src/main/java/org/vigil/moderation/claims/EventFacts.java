package org.vigil.moderation.claims;

import com.fasterxml.jackson.databind.JsonNode;
import org.vigil.contracts.vocabulary.EventKind;

/** The few facts of an event that claims about it are filtered and judged by: its kind and country. */
public record EventFacts(EventKind kind, String countryCode) {

    /** Read from an existence claim's value, which the claim rules have already checked. */
    public static EventFacts of(JsonNode existence) {
        EventKind kind = EventKind.fromWire(existence.path("kind").asText()).orElse(EventKind.OTHER);
        JsonNode country = existence.path("place").path("countryCode");
        return new EventFacts(kind, country.isTextual() ? country.asText() : null);
    }

    public String kindWire() {
        return kind.wire();
    }
}
