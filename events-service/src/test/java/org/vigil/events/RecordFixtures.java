package org.vigil.events;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.UUID;
import org.vigil.contracts.Topology;
import org.vigil.testing.ArtemisTestResource;
import org.vigil.testing.BrokerClient;
import org.vigil.testing.TestIdentityProvider;

/** Approvals as moderation's relay sends them, and the tokens readers come with. */
final class RecordFixtures {

    private RecordFixtures() {}

    static String reader() {
        return TestIdentityProvider.start().clientToken("vigil-gateway", java.util.Set.of(), "gateway");
    }

    static JsonObject existence(String countryCode, String city, String date) {
        return new JsonObject()
                .put("kind", "rally")
                .put("title", "Solidarity rally in " + city)
                .put("date", date)
                .put("place", new JsonObject().put("countryCode", countryCode).put("city", city)
                        .put("lat", 48.137).put("lon", 11.575).put("precision", "city"))
                .put("concerns", "IR");
    }

    static JsonObject attendance(long low) {
        return new JsonObject().put("low", low).putNull("high").put("qualifier", "over").put("estimatedBy", "media");
    }

    static JsonObject claimApproved(UUID eventId, UUID claimId, String property, JsonObject value) {
        JsonObject citation = new JsonObject()
                .put("sourceId", UUID.randomUUID().toString())
                .put("sourceUrl", "https://en.wikipedia.org/wiki/2026_Iranian_diaspora_protests")
                .put("sourceTitle", "2026 Iranian diaspora protests")
                .put("exact", "Over 250,000 attended the 14 February rally in Munich")
                .put("start", 10).put("end", 63)
                .put("publisherId", UUID.randomUUID().toString())
                .put("publisher", "Wikipedia").put("rating", "mixed");
        JsonObject payload = new JsonObject()
                .put("claimId", claimId.toString())
                .put("eventId", eventId.toString())
                .put("property", property)
                .put("value", value)
                .put("citations", new JsonArray().add(citation))
                .put("decisionIds", new JsonArray().add(UUID.randomUUID().toString()))
                .put("approvedAt", Instant.now().toString());
        return new JsonObject()
                .put("id", UUID.randomUUID().toString())
                .put("type", "ClaimApproved")
                .put("aggregateType", "event")
                .put("aggregateId", eventId.toString())
                .put("occurredAt", Instant.now().toString())
                .put("schemaVersion", 1)
                .put("payload", payload);
    }

    static void send(JsonObject envelope) {
        try (BrokerClient broker = new BrokerClient(ArtemisTestResource.broker().port())) {
            broker.send(Topology.ofType(envelope.getString("type")).orElseThrow().address(), envelope);
        }
    }
}
