package org.vigil.moderation.service;

import com.fasterxml.jackson.databind.JsonNode;

/** The few facts of an event the queue filters by, read from its existence claim. */
record EventFacts(String kind, String countryCode) {

    static EventFacts of(JsonNode existence) {
        if (existence == null) {
            return new EventFacts(null, null);
        }
        return new EventFacts(text(existence.path("kind")), text(existence.path("place").path("countryCode")));
    }

    private static String text(JsonNode node) {
        return node.isTextual() ? node.asText() : null;
    }
}
