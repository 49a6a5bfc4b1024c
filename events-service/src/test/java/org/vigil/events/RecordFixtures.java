package org.vigil.events;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.vigil.contracts.Topology;
import org.vigil.identity.Scopes;
import org.vigil.testing.ArtemisTestResource;
import org.vigil.testing.BrokerClient;
import org.vigil.testing.TestIdentityProvider;

/** Decisions as moderation's relay sends them, and the tokens readers come with. */
final class RecordFixtures {

    private RecordFixtures() {}

    /** The gateway's own token, which stands for an anonymous reader. */
    static String reader() {
        return TestIdentityProvider.start().clientToken("vigil-gateway", Set.of(), "gateway");
    }

    /** A partner's service account with the given scopes. */
    static String partner(String... scopes) {
        return TestIdentityProvider.start().clientToken("partner-demo", Set.of(scopes));
    }

    /** A request as an anonymous reader sends it, through the gateway. */
    static RequestSpecification asReader() {
        return given().auth().oauth2(reader());
    }

    /** {@code GET /api/v1/events/{id}} as a reader, redirects not followed. */
    static ValidatableResponse readEvent(UUID eventId) {
        return asReader()
                .redirects()
                .follow(false)
                .when()
                .get("/api/v1/events/" + eventId)
                .then();
    }

    /** {@code GET /api/v1/events/{id}/history} as a reader. */
    static ValidatableResponse readHistory(UUID eventId) {
        return asReader().when().get("/api/v1/events/" + eventId + "/history").then();
    }

    /** {@code GET /api/v1/events?…} as a reader; {@code query} starts with {@code ?} or is empty. */
    static ValidatableResponse readList(String query) {
        return asReader().when().get("/api/v1/events" + query).then();
    }

    /** The answer's {@code Link} headers but the licence's, which every read of the record carries. */
    static List<String> pageLinks(ValidatableResponse answer) {
        return answer.extract().headers().getValues("Link").stream()
                .filter(link -> !link.endsWith("rel=\"license\""))
                .toList();
    }

    static JsonObject existence(String countryCode, String city, String date) {
        return existence(countryCode, city, date, "Solidarity rally in " + city);
    }

    static JsonObject existence(String countryCode, String city, String date, String title) {
        return new JsonObject()
                .put("kind", "rally")
                .put("title", title)
                .put("date", date)
                .put(
                        "place",
                        new JsonObject()
                                .put("countryCode", countryCode)
                                .put("city", city)
                                .put("lat", 48.137)
                                .put("lon", 11.575)
                                .put("precision", "city"))
                .put("concerns", "IR");
    }

    /** An incident with no place on a map, targeting these countries. */
    static JsonObject scoped(String kind, String scope, String date, String title, String... targets) {
        JsonArray countries = new JsonArray();
        for (String target : targets) {
            countries.add(target);
        }
        return new JsonObject()
                .put("kind", kind)
                .put("title", title)
                .put("date", date)
                .put("place", new JsonObject().put("scope", scope).put("targets", countries))
                .put("concerns", "IR");
    }

    /** A tally of {@code count} events of {@code kind} in {@code country} over {@code period}. */
    static JsonObject tally(String kind, String country, String period, long count) {
        return new JsonObject()
                .put("kind", kind)
                .put("place", new JsonObject().put("countryCode", country))
                .put("period", period)
                .put("count", new JsonObject().put("low", count).put("qualifier", "exact"))
                .put("subject", "events");
    }

    static JsonObject attendance(long low) {
        return new JsonObject()
                .put("low", low)
                .putNull("high")
                .put("qualifier", "over")
                .put("estimatedBy", "media");
    }

    static JsonObject date(String edtf) {
        return new JsonObject().put("date", edtf);
    }

    static JsonObject summary(String text) {
        return new JsonObject().put("text", text);
    }

    static JsonObject campaign(String name) {
        return new JsonObject().put("name", name);
    }

    static JsonObject claimApproved(UUID eventId, UUID claimId, String property, Object value) {
        return claimApproved(eventId, claimId, UUID.randomUUID(), property, value);
    }

    static JsonObject claimApproved(UUID eventId, UUID claimId, UUID decisionId, String property, Object value) {
        JsonObject citation = new JsonObject()
                .put("sourceId", UUID.randomUUID().toString())
                .put("sourceUrl", "https://en.wikipedia.org/wiki/2026_Iranian_diaspora_protests")
                .put("sourceTitle", "2026 Iranian diaspora protests")
                .put("exact", "Over 250,000 attended the 14 February rally in Munich")
                .put("start", 10)
                .put("end", 63)
                .put("publisherId", UUID.randomUUID().toString())
                .put("publisher", "Wikipedia")
                .put("rating", "mixed");
        JsonObject payload = new JsonObject()
                .put("claimId", claimId.toString())
                .put("eventId", eventId.toString())
                .put("property", property)
                .put("value", value)
                .put("citations", new JsonArray().add(citation))
                .put("decisionIds", new JsonArray().add(decisionId.toString()))
                .put("approvedAt", Instant.now().toString());
        return envelope("ClaimApproved", eventId, payload);
    }

    static JsonObject claimRetracted(UUID eventId, UUID claimId, UUID decisionId, String reason) {
        return envelope(
                "ClaimRetracted",
                eventId,
                new JsonObject()
                        .put("claimId", claimId.toString())
                        .put("eventId", eventId.toString())
                        .put("decisionId", decisionId.toString())
                        .put("reason", reason)
                        .put("retractedAt", Instant.now().toString()));
    }

    static JsonObject eventsMerged(UUID merged, UUID survivor, UUID decisionId, String reason) {
        return envelope(
                "EventsMerged",
                survivor,
                new JsonObject()
                        .put("merged", merged.toString())
                        .put("survivor", survivor.toString())
                        .put("decisionId", decisionId.toString())
                        .put("reason", reason)
                        .put("mergedAt", Instant.now().toString()));
    }

    private static JsonObject envelope(String type, UUID aggregateId, JsonObject payload) {
        return new JsonObject()
                .put("id", UUID.randomUUID().toString())
                .put("type", type)
                .put("aggregateType", "event")
                .put("aggregateId", aggregateId.toString())
                .put("occurredAt", Instant.now().toString())
                .put("schemaVersion", 1)
                .put("payload", payload);
    }

    static void send(JsonObject envelope) {
        try (BrokerClient broker = new BrokerClient(ArtemisTestResource.broker().port())) {
            broker.send(
                    Topology.ofType(envelope.getString("type")).orElseThrow().address(), envelope);
        }
    }

    /** Publishes an event (an approved existence claim) and waits until it can be read. */
    static UUID published(JsonObject existence) {
        UUID event = UUID.randomUUID();
        send(claimApproved(event, UUID.randomUUID(), "existence", existence));
        awaitStatus(event, 200);
        return event;
    }

    /**
     * Publishes an event on the existence claim {@code claimId}, then retracts that claim and waits
     * until the event is no longer public.
     */
    static UUID retractedEvent(UUID claimId, JsonObject existence) {
        UUID event = UUID.randomUUID();
        send(claimApproved(event, claimId, "existence", existence));
        awaitStatus(event, 200);
        send(claimRetracted(event, claimId, UUID.randomUUID(), "fabricated"));
        awaitStatus(event, 404);
        return event;
    }

    /** Approves a claim on a published event and waits until its history has {@code entries} entries. */
    static void approve(UUID eventId, UUID claimId, String property, Object value, int entries) {
        send(claimApproved(eventId, claimId, property, value));
        awaitHistory(eventId, entries);
    }

    /** Merges {@code duplicate} into {@code survivor} and waits until the duplicate redirects. */
    static void merge(UUID duplicate, UUID survivor, UUID decisionId, String reason) {
        send(eventsMerged(duplicate, survivor, decisionId, reason));
        awaitStatus(duplicate, 301);
    }

    static void awaitStatus(UUID eventId, int status) {
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> readEvent(eventId).statusCode(status));
    }

    /** Waits until the event's history has {@code count} entries. */
    static void awaitHistory(UUID eventId, int count) {
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> readHistory(eventId).statusCode(200).body("items.size()", equalTo(count)));
    }

    /** A request as a partner with the {@code events:read} scope sends it. */
    static RequestSpecification asFeedReader() {
        return given().auth().oauth2(partner(Scopes.EVENTS_READ));
    }

    static JsonPath feed(String cursor) {
        return feed(cursor, 0);
    }

    /** A page of the feed after {@code cursor}, held up to {@code waitSeconds} when there is nothing yet. */
    static JsonPath feed(String cursor, int waitSeconds) {
        var request = asFeedReader().queryParam("limit", 200);
        if (cursor != null) {
            request.queryParam("cursor", cursor);
        }
        if (waitSeconds > 0) {
            request.queryParam("wait", waitSeconds);
        }
        return request.when()
                .get("/api/v1/changes")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** The cursor of the end of the feed as it is now: the last entry's, as a syncing partner keeps it. */
    static String feedEnd() {
        String cursor = null;
        JsonPath page = feed(null);
        while (true) {
            List<String> cursors = page.getList("items.cursor");
            if (!cursors.isEmpty()) {
                cursor = cursors.get(cursors.size() - 1);
            }
            if (page.getString("nextCursor") == null) {
                return cursor;
            }
            page = feed(page.getString("nextCursor"));
        }
    }
}
