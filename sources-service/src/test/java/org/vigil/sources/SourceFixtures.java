package org.vigil.sources;

import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.is;

import io.restassured.response.ValidatableResponse;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.vigil.contracts.Topology;
import org.vigil.testing.BrokerClient;
import org.vigil.testing.TestIdentityProvider;
import org.vigil.testing.TokenRequests;

/** Shared calls and data for the evidence store's tests. */
final class SourceFixtures {

    private SourceFixtures() {}

    private static String readDemoSource(String file) {
        try {
            return Files.readString(Path.of("..", "demo", "sources", file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static final String MUNICH =
            "Toronto, and Munich. Over 250,000 attended the 14 February rally in Munich, making it the largest";
    static final String MUNICH_QUOTE = "Over 250,000 attended the 14 February rally in Munich";

    static final String WIKIPEDIA_URL = "https://en.wikipedia.org/wiki/2026_Iranian_diaspora_protests";

    /** The Wikipedia seed as the demo record registers it (demo/sources/). */
    static final String WIKIPEDIA = readDemoSource("wikipedia-2026-iranian-diaspora-protests.txt");

    static String contributor() {
        return TestIdentityProvider.start().userToken("contributor1", "contributor");
    }

    static String moderator() {
        return TestIdentityProvider.start().userToken("moderator1", "moderator");
    }

    static String admin() {
        return TestIdentityProvider.start().userToken("admin1", "admin");
    }

    static String gateway() {
        return TestIdentityProvider.start().clientToken("vigil-gateway", java.util.Set.of(), "gateway");
    }

    static String unique(String text) {
        return text + " [" + UUID.randomUUID() + "]";
    }

    static JsonObject source(String url, String text) {
        return new JsonObject()
                .put("url", url)
                .put("title", "A title")
                .put("publisher", "Wikipedia")
                .put("language", "en")
                .put("text", text);
    }

    /** Registers the Wikipedia seed (new, or found again: either is fine) and answers its id. */
    static String registerWikipediaSeed() {
        return register(contributor(), source(WIKIPEDIA_URL, WIKIPEDIA).put("title", "2026 Iranian diaspora protests"))
                .statusCode(anyOf(is(200), is(201)))
                .extract()
                .path("id");
    }

    /** Registers a new source with a unique text and answers its id. */
    static String registerNew(String url, String text) {
        return register(contributor(), source(url, text))
                .statusCode(201)
                .extract()
                .path("id");
    }

    static ValidatableResponse register(String token, JsonObject source) {
        return TokenRequests.post(token, "/api/v1/sources", source.encode());
    }

    /** {@code GET /api/v1/sources/{id}} (with its query, if any) as the holder of {@code token}. */
    static ValidatableResponse readSource(String token, String idAndQuery) {
        return TokenRequests.get(token, "/api/v1/sources/" + idAndQuery);
    }

    /** An attendance figure's value, as claims in these messages carry it. */
    static JsonObject attendanceOver250000() {
        return new JsonObject().put("low", 250000).put("qualifier", "over").put("estimatedBy", "media");
    }

    /** A citation of a registered source, as a report names it. */
    static JsonObject citationOf(String sourceId, String exact) {
        return new JsonObject().put("sourceId", sourceId).put("exact", exact);
    }

    /** The QuoteChecked moderation receives for {@code claimId}, within 15 seconds. */
    static JsonObject awaitQuoteChecked(BrokerClient broker, UUID claimId) {
        return broker.awaitMessage(
                        Topology.QUOTE_CHECKED.fullyQualifiedQueueFor("moderation"),
                        m -> claimId.toString()
                                .equals(m.getJsonObject("payload").getString("claimId")),
                        Duration.ofSeconds(15))
                .orElseThrow(() -> new AssertionError("no QuoteChecked for claim " + claimId))
                .getJsonObject("payload");
    }

    /** A ReportSubmitted envelope as moderation's relay would send it. */
    static JsonObject reportSubmitted(UUID claimId, JsonObject citation) {
        JsonObject payload = new JsonObject()
                .put("reportId", UUID.randomUUID().toString())
                .put("eventId", UUID.randomUUID().toString())
                .put(
                        "claims",
                        new JsonArray()
                                .add(new JsonObject()
                                        .put("claimId", claimId.toString())
                                        .put("property", "attendance")
                                        .put("value", attendanceOver250000())
                                        .put("citations", new JsonArray().add(citation.put("index", 0)))));
        return new JsonObject()
                .put("id", UUID.randomUUID().toString())
                .put("type", "ReportSubmitted")
                .put("aggregateType", "report")
                .put("aggregateId", payload.getString("reportId"))
                .put("occurredAt", Instant.now().toString())
                .put("schemaVersion", 1)
                .put("payload", payload);
    }
}
