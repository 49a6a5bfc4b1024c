package org.vigil.sources;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vigil.sources.SourceFixtures.*;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.vigil.contracts.Topology;
import org.vigil.sources.quotes.QuoteMatch;
import org.vigil.sources.quotes.QuoteMatcher;
import org.vigil.sources.quotes.TextQuoteSelector;
import org.vigil.testing.ArtemisTestResource;
import org.vigil.testing.BrokerClient;
import org.vigil.testing.OidcTestResource;

/** {@code GET /api/v1/sources/{id}/suggestions} on the Wikipedia seed (issue 3, point 6). */
@QuarkusTest
@QuarkusTestResource(ArtemisTestResource.class)
@QuarkusTestResource(OidcTestResource.class)
class SourceSuggestionsTest {

    @Inject
    MeterRegistry meters;

    private static JsonObject suggestions(String token, String sourceId) {
        return new JsonObject(given().auth()
                .oauth2(token)
                .when()
                .get("/api/v1/sources/" + sourceId + "/suggestions")
                .then()
                .statusCode(200)
                .extract()
                .asString());
    }

    private static List<JsonObject> claims(JsonObject suggestions) {
        return suggestions.getJsonArray("suggestions").stream()
                .map(JsonObject.class::cast)
                .toList();
    }

    private static JsonObject munich(List<JsonObject> claims) {
        List<JsonObject> found = claims.stream()
                .filter(c -> c.getString("property").equals("attendance"))
                .filter(c ->
                        Long.valueOf(250_000).equals(c.getJsonObject("value").getLong("low")))
                .filter(c -> c.getJsonObject("place") != null
                        && "Munich".equals(c.getJsonObject("place").getString("city")))
                .toList();
        assertEquals(1, found.size(), () -> "Munich's 250,000 in " + claims);
        return found.get(0);
    }

    @Test
    void theMunichFigureIsSuggestedWithItsQualifierCityAndDate() {
        String id = registerWikipediaSeed();
        JsonObject munich = munich(claims(suggestions(contributor(), id)));
        assertEquals("over", munich.getJsonObject("value").getString("qualifier"));
        assertEquals("DE", munich.getJsonObject("place").getString("countryCode"));
        assertEquals("city", munich.getJsonObject("place").getString("precision"));
        assertEquals(48.137, munich.getJsonObject("place").getDouble("lat"), 0.01);
        assertEquals(11.575, munich.getJsonObject("place").getDouble("lon"), 0.01);
        assertEquals("2026-02-14", munich.getString("date"));
        assertEquals(id, munich.getJsonObject("citation").getString("sourceId"));
        assertEquals(MUNICH_QUOTE, munich.getJsonObject("citation").getString("exact"));
    }

    @Test
    void everySuggestedQuoteIsFoundByTheQuoteMatcherWhereTheSuggestionSays() {
        List<JsonObject> claims = claims(suggestions(moderator(), registerWikipediaSeed()));
        assertTrue(claims.size() >= 10, () -> claims.size() + " suggestions");
        QuoteMatcher matcher = new QuoteMatcher();
        for (JsonObject claim : claims) {
            JsonObject citation = claim.getJsonObject("citation");
            QuoteMatch match = matcher.match(
                    WIKIPEDIA,
                    new TextQuoteSelector(
                            citation.getString("exact"), citation.getString("prefix"), citation.getString("suffix")));
            assertTrue(match.isFound(), () -> match.check() + ": " + citation);
            assertEquals(claim.getInteger("start"), match.start(), citation::encode);
            assertEquals(claim.getInteger("end"), match.end(), citation::encode);
        }
    }

    @Test
    void aSuggestedCitationSubmittedInAReportIsCheckedFound() {
        String id = registerWikipediaSeed();
        JsonObject munich = munich(claims(suggestions(contributor(), id)));
        UUID claim = UUID.randomUUID();
        try (BrokerClient broker = new BrokerClient(ArtemisTestResource.broker().port())) {
            JsonObject citation = munich.getJsonObject("citation").copy();
            broker.send(Topology.REPORT_SUBMITTED.address(), reportSubmitted(claim, citation));
            JsonObject checked = awaitQuoteChecked(broker, claim);
            assertEquals("found", checked.getString("result"));
            assertEquals(munich.getInteger("start"), checked.getInteger("start"));
        }
    }

    @Test
    void aVersionIsReadOnceAndItsSuggestionsThenServedFromMemory() {
        String id = registerNew("https://en.wikipedia.org/wiki/Copy_" + UUID.randomUUID(), unique(WIKIPEDIA));
        double before = meters.timer("vigil.suggestions.extraction").count();
        long cold = System.nanoTime();
        JsonObject first = suggestions(contributor(), id);
        long cached = System.nanoTime();
        JsonObject second = suggestions(moderator(), id);
        long done = System.nanoTime();
        System.out.printf(
                "suggestions on the Wikipedia seed: first %d ms, cached %d ms%n",
                (cached - cold) / 1_000_000, (done - cached) / 1_000_000);
        assertEquals(before + 1, meters.timer("vigil.suggestions.extraction").count());
        assertEquals(first, second);
    }

    @Test
    void anEarlierVersionCanBeAskedFor() {
        String url = "https://versions.example/" + UUID.randomUUID();
        String id = registerNew(url, unique(MUNICH));
        registerNew(url, unique("The page was rewritten upstream and names no figure."));
        JsonObject first = new JsonObject(given().auth()
                .oauth2(contributor())
                .when()
                .get("/api/v1/sources/" + id + "/suggestions?version=1")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        assertEquals(1, first.getInteger("version"));
        assertEquals(
                MUNICH_QUOTE, munich(claims(first)).getJsonObject("citation").getString("exact"));
        assertEquals(List.of(), claims(suggestions(contributor(), id)));
    }

    @Test
    void thePublicGetsNoSuggestions() {
        given().auth()
                .oauth2(gateway())
                .when()
                .get("/api/v1/sources/" + registerWikipediaSeed() + "/suggestions")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void anUnknownVersionIsA404Problem() {
        given().auth()
                .oauth2(contributor())
                .when()
                .get("/api/v1/sources/" + registerWikipediaSeed() + "/suggestions?version=99")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void anUnknownSourceIsA404Problem() {
        given().auth()
                .oauth2(contributor())
                .when()
                .get("/api/v1/sources/" + UUID.randomUUID() + "/suggestions")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }
}
