package org.vigil.e2e;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.restassured.path.json.JsonPath;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.awaitility.core.ThrowingRunnable;
import org.junit.jupiter.api.Test;
import org.vigil.contracts.Topology;
import org.vigil.testing.BrokerClient;
import org.vigil.testing.ServiceProcess;

/** Nothing accepted is lost when a part restarts, and nothing is applied twice. */
class DeliveryIT extends OnThePlatform {

    @Test
    void aMessageDeliveredTwiceIsAppliedOnce() {
        String city = "Duplicate-" + UUID.randomUUID();
        UUID event = UUID.randomUUID();
        JsonObject approval = claimApproved(event, city);
        try (BrokerClient broker = new BrokerClient(platform.broker.port())) {
            broker.send(Topology.CLAIM_APPROVED.address(), approval);
            broker.send(Topology.CLAIM_APPROVED.address(), approval);
        }
        ThrowingRunnable oneEventInTheCity = () -> api.anonymous()
                .queryParam("city", city)
                .when()
                .get("/api/v1/events")
                .then()
                .statusCode(200)
                .body("items", hasSize(1));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(oneEventInTheCity);
        // give the second copy time to arrive, then check again
        await().pollDelay(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).untilAsserted(oneEventInTheCity);
    }

    @Test
    void aReportAcceptedWhileTheBrokerIsDownIsCheckedOnceItIsBack() {
        platform.broker.stop();
        String reportId;
        try {
            reportId = api.submitsMunich("contributor2", UUID.randomUUID().toString())
                    .getString("id");
        } finally {
            platform.broker.start();
        }
        api.awaitQuotesFound("moderator1", reportId);
    }

    @Test
    void approvalsMadeWhileThePublicRecordIsDownArePublishedWhenItIsBack() {
        JsonPath accepted = api.submitsMunich("contributor1", UUID.randomUUID().toString());
        api.awaitQuotesFound("moderator1", accepted.getString("id"));
        ServiceProcess events = platform.process("events-service");
        events.stop();
        try {
            for (String claim : accepted.<String>getList("claims.id")) {
                api.as("moderator1")
                        .body("{\"decision\": \"approve\"}")
                        .when()
                        .post("/api/v1/claims/" + claim + "/decisions")
                        .then()
                        .statusCode(200);
            }
        } finally {
            events.start();
            events.awaitReady(Duration.ofMinutes(2));
        }
        api.awaitEvent(accepted.getString("eventId"), event -> event.body("figures.attendance.low", equalTo(250000)));
    }

    private static JsonObject claimApproved(UUID event, String city) {
        JsonObject value = new JsonObject()
                .put("kind", "rally")
                .put("title", "Rally in " + city)
                .put("date", "2026-01-17")
                .put(
                        "place",
                        new JsonObject()
                                .put("countryCode", "SE")
                                .put("city", city)
                                .put("precision", "city"))
                .put("concerns", "IR");
        JsonObject payload = new JsonObject()
                .put("claimId", UUID.randomUUID().toString())
                .put("eventId", event.toString())
                .put("property", "existence")
                .put("value", value)
                .put("citations", new JsonArray())
                .put("decisionIds", new JsonArray().add(UUID.randomUUID().toString()))
                .put("approvedAt", Instant.now().toString());
        return new JsonObject()
                .put("id", UUID.randomUUID().toString())
                .put("type", "ClaimApproved")
                .put("aggregateType", "event")
                .put("aggregateId", event.toString())
                .put("occurredAt", Instant.now().toString())
                .put("schemaVersion", 1)
                .put("payload", payload);
    }
}
