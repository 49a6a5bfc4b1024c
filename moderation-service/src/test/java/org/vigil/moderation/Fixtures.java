package org.vigil.moderation;

import static org.awaitility.Awaitility.await;

import io.restassured.response.ValidatableResponse;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.vigil.contracts.Topology;
import org.vigil.testing.ArtemisTestResource;
import org.vigil.testing.BrokerClient;
import org.vigil.testing.TestIdentityProvider;
import org.vigil.testing.TokenRequests;

/**
 * Shared test data and calls: the demo accounts' tokens, reports shaped like docs/product.md §5, the
 * evidence store's answers sent over the real broker, and the moderators' calls.
 */
public final class Fixtures {

    private Fixtures() {}

    public static final String MUNICH_QUOTE = "Over 250,000 attended the 14 February rally in Munich";
    public static final Duration PATIENCE = Duration.ofSeconds(60);
    /** Reads each submitted claim's quote checks; never submits anything itself. */
    private static final String CHECKER = "fixture-quote-watcher";

    private static BrokerClient broker;

    // ---- tokens ----------------------------------------------------------------------------

    public static String contributor(String name) {
        return TestIdentityProvider.start().userToken(name, "contributor");
    }

    public static String moderator(String name) {
        return TestIdentityProvider.start().userToken(name, "moderator");
    }

    /** Like the demo's moderator1: moderates and contributes. */
    public static String contributingModerator(String name) {
        return TestIdentityProvider.start().userToken(name, "moderator", "contributor");
    }

    public static String admin(String name) {
        return TestIdentityProvider.start().userToken(name, "admin");
    }

    // ---- reports ---------------------------------------------------------------------------

    public static String munichReport() {
        return """
                {"note": "seen in the article",
                 "claims": [
                  {"property": "existence",
                   "value": {"kind": "rally", "title": "Global day of action rally in Munich", "date": "2026-02-14",
                             "place": {"countryCode": "DE", "city": "Munich", "lat": 48.137, "lon": 11.575, "precision": "city"},
                             "concerns": "IR"},
                   "citations": [{"source": {"url": "https://en.wikipedia.org/wiki/2026_Iranian_diaspora_protests?utm_source=x",
                                             "title": "2026 Iranian diaspora protests", "publisher": "Wikipedia", "language": "en",
                                             "text": "Toronto, and Munich. Over 250,000 attended the 14 February rally in Munich, making it the largest"},
                                  "exact": "%1$s", "prefix": "Toronto, and Munich. ", "suffix": ", making it the largest"}]},
                  {"property": "attendance",
                   "value": {"low": 250000, "high": null, "qualifier": "over", "estimatedBy": "media"},
                   "citations": [{"source": {"url": "https://en.wikipedia.org/wiki/2026_Iranian_diaspora_protests",
                                             "text": "Toronto, and Munich. Over 250,000 attended the 14 February rally in Munich, making it the largest"},
                                  "exact": "%1$s"}]}
                 ]}
                """.formatted(MUNICH_QUOTE);
    }

    /** A report proposing a new event with only its existence claim. */
    public static String newEvent(String kind, String date, String country, String city, double lat, double lon) {
        return "{\"claims\": [" + claim("existence", existence(kind, date, country, city, lat, lon)) + "]}";
    }

    public static String existence(String kind, String date, String country, String city, double lat, double lon) {
        return """
                {"kind": "%s", "title": "A %s in %s", "date": "%s",
                 "place": {"countryCode": "%s", "city": "%s", "lat": %s, "lon": %s}}""".formatted(kind, kind, city, date, country, city, lat, lon);
    }

    /** A report about an existing event. */
    public static String about(UUID eventId, String... claims) {
        return "{\"eventId\": \"" + eventId + "\", \"claims\": [" + String.join(",", claims) + "]}";
    }

    /** One claim with one citation of a registered source (one the stand-in sources-service knows). */
    public static String claim(String property, String value) {
        return """
                {"property": "%s", "value": %s,
                 "citations": [{"sourceId": "%s", "exact": "the quote for %s"}]}""".formatted(property, value, SourcesStandIn.registered(), property);
    }

    public static String attendance(long low) {
        return "{\"low\": " + low + ", \"qualifier\": \"about\", \"estimatedBy\": \"media\"}";
    }

    public static String date(String edtf) {
        return "{\"date\": \"" + edtf + "\"}";
    }

    public static ValidatableResponse submit(String token, String body) {
        return post(token, "/api/v1/reports", body);
    }

    /** What a 202 answered: the report's, the event's and the claims' ids. */
    public record Submitted(UUID reportId, UUID eventId, List<UUID> claimIds) {
        public UUID claim(int i) {
            return claimIds.get(i);
        }
    }

    public static Submitted submitted(String token, String body) {
        var answer = submit(token, body).statusCode(202).extract();
        List<String> ids = answer.path("claims.id");
        return new Submitted(
                UUID.fromString(answer.path("id")),
                UUID.fromString(answer.path("eventId")),
                ids.stream().map(UUID::fromString).toList());
    }

    /** Submits, then answers every quote as found (publisher "Example News", rated reliable) and waits for it. */
    public static Submitted submittedAndChecked(String token, String body) {
        Submitted submitted = submitted(token, body);
        submitted.claimIds().forEach(Fixtures::checkQuotes);
        return submitted;
    }

    // ---- the evidence store and the public record, over the broker ------------------------

    public static synchronized BrokerClient broker() {
        if (broker == null) {
            broker = new BrokerClient(ArtemisTestResource.broker().port());
        }
        return broker;
    }

    /** Sends an integration event the way another service's relay would; answers the envelope id. */
    public static UUID send(Topology topology, String aggregateId, JsonObject payload) {
        UUID id = UUID.randomUUID();
        send(
                topology,
                new JsonObject()
                        .put("id", id.toString())
                        .put("type", topology.type())
                        .put("aggregateType", "test")
                        .put("aggregateId", aggregateId)
                        .put("occurredAt", Instant.now().toString())
                        .put("schemaVersion", 1)
                        .put("payload", payload));
        return id;
    }

    public static void send(Topology topology, JsonObject envelope) {
        broker().send(topology.address(), envelope);
    }

    public static final UUID PUBLISHER = UUID.fromString("0f0e0d0c-0b0a-4909-8807-060504030201");

    public static JsonObject quoteChecked(UUID claimId, int index, String result) {
        return new JsonObject()
                .put("claimId", claimId.toString())
                .put("citationIndex", index)
                .put(
                        "sourceId",
                        UUID.nameUUIDFromBytes(("source " + claimId + index).getBytes())
                                .toString())
                .put("sourceVersion", 1)
                .put("sourceUrl", "https://news.example.org/a/" + index)
                .put("sourceTitle", "An article")
                .put("result", result)
                .put("start", 10)
                .put("end", 63)
                .put("publisherId", PUBLISHER.toString())
                .put("publisher", "Example News")
                .put("rating", "reliable");
    }

    /** Every citation of the claim's current revision is found, as the evidence store would answer. */
    public static void checkQuotes(UUID claimId) {
        JsonObject claim = new JsonObject(claimAsModerator(claimId).extract().asString());
        JsonArray citations = claim.getJsonArray("citations");
        for (int i = 0; i < citations.size(); i++) {
            send(
                    Topology.QUOTE_CHECKED,
                    claimId.toString(),
                    quoteChecked(claimId, (claim.getInteger("revision") - 1) * 100 + i, "found"));
        }
        await().atMost(PATIENCE)
                .until(() -> new JsonObject(claimAsModerator(claimId).extract().asString())
                        .getJsonArray("citations").stream()
                                .noneMatch(c -> "pending".equals(((JsonObject) c).getString("quoteCheck"))));
    }

    /** Reads a consumer's queue until a message matches. */
    public static Optional<JsonObject> awaitMessage(Topology topology, String consumer, Predicate<JsonObject> wanted) {
        return broker().awaitMessage(topology.fullyQualifiedQueueFor(consumer), wanted, PATIENCE);
    }

    /** Every message waiting in a consumer's queue now, read until none arrives for a while. */
    public static List<JsonObject> drain(Topology topology, String consumer) {
        List<JsonObject> read = new ArrayList<>();
        broker().awaitMessage(
                        topology.fullyQualifiedQueueFor(consumer),
                        message -> {
                            read.add(message);
                            return false;
                        },
                        Duration.ofSeconds(3));
        return read;
    }

    public static Predicate<JsonObject> payloadWith(String field, UUID id) {
        return envelope ->
                id.toString().equals(envelope.getJsonObject("payload").getString(field));
    }

    // ---- moderators ------------------------------------------------------------------------

    public static ValidatableResponse claimAsModerator(UUID claimId) {
        return get(moderator(CHECKER), "/api/v1/claims/" + claimId).statusCode(200);
    }

    public static ValidatableResponse decide(String token, UUID claimId, String body) {
        return post(token, "/api/v1/claims/" + claimId + "/decisions", body);
    }

    public static ValidatableResponse decide(String token, UUID claimId, String decision, String reason) {
        JsonObject body = new JsonObject().put("decision", decision);
        if (reason != null) {
            body.put("reason", reason);
        }
        return decide(token, claimId, body.encode());
    }

    public static ValidatableResponse approve(String token, UUID claimId) {
        return decide(token, claimId, "approve", null).statusCode(200);
    }

    public static ValidatableResponse post(String token, String path, String body) {
        return TokenRequests.post(token, path, body);
    }

    public static ValidatableResponse put(String token, String path, String body) {
        return TokenRequests.put(token, path, body);
    }

    /** {@code moderator} proposes merging {@code duplicate} into {@code survivor}, or confirms that proposal. */
    public static ValidatableResponse merge(String moderator, UUID duplicate, UUID survivor, String reason) {
        JsonObject body = new JsonObject().put("into", survivor.toString());
        if (reason != null) {
            body.put("reason", reason);
        }
        return post(moderator, "/api/v1/events/" + duplicate + "/merge", body.encode());
    }

    public static ValidatableResponse get(String token, String path) {
        return TokenRequests.get(token, path);
    }
}
