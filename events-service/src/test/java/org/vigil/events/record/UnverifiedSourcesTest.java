package org.vigil.events.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vigil.events.record.Claims.EVENT;
import static org.vigil.events.record.Claims.citation;
import static org.vigil.events.record.Claims.existence;
import static org.vigil.events.record.Claims.id;
import static org.vigil.events.record.Claims.json;
import static org.vigil.events.record.Claims.minute;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.contracts.events.ClaimApproved;
import org.vigil.contracts.vocabulary.ClaimProperty;
import org.vigil.contracts.vocabulary.Rating;

/** A quote approved although it was not found in its source is never shown as verified. */
class UnverifiedSourcesTest {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    private static ApprovedClaim attendance(int n, int source, boolean unverified) {
        ClaimApproved.Citation cited = citation(source, "Publisher " + source, Rating.RELIABLE);
        return new ApprovedClaim(
                id(n),
                ClaimProperty.ATTENDANCE,
                json("{'low': 1000, 'qualifier': 'about'}"),
                List.of(unverified ? cited.notFoundInSource() : cited),
                minute(n));
    }

    private static EventRecord record(ApprovedClaim... claims) {
        return EventClaims.of(EVENT, List.of(claims)).record().orElseThrow();
    }

    private static CitedSource source(EventRecord record, int source) {
        return record.sources().stream()
                .filter(cited -> cited.sourceId().equals(id(1000 + source)))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aSourceWhoseOnlyQuoteWasNotFoundIsUnverified() {
        assertTrue(source(record(existence(1), attendance(2, 7, true)), 7).isUnverified());
    }

    @Test
    void aSourceWithOneQuoteFoundIsNotUnverified() {
        EventRecord record = record(existence(1), attendance(2, 7, true), attendance(3, 7, false));
        assertFalse(source(record, 7).isUnverified());
        assertNull(source(record, 7).unverified());
    }

    @Test
    void eachCitationSaysUnverifiedBesideItsQuote() throws Exception {
        JsonNode cited = JSON.readTree(JSON.writeValueAsString(record(existence(1), attendance(2, 7, true))))
                .path("figures")
                .path("attendance")
                .path("claims")
                .get(0)
                .path("citations")
                .get(0);
        assertEquals("quoted words", cited.path("exact").asText());
        assertTrue(cited.path("unverified").asBoolean());
    }

    @Test
    void aVerifiedSourceSaysNothingAboutIt() throws Exception {
        JsonNode source = JSON.readTree(JSON.writeValueAsString(record(existence(1))))
                .path("sources")
                .get(0);
        assertFalse(source.has("unverified"));
    }
}
