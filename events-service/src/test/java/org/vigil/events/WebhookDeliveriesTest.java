package org.vigil.events;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vigil.events.RecordFixtures.*;
import static org.vigil.events.Webhooks.*;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.vigil.testing.ArtemisTestResource;
import org.vigil.testing.OidcTestResource;

/** Deliveries: from an approved claim to a signed request the official library verifies. */
@QuarkusTest
@QuarkusTestResource(ArtemisTestResource.class)
@QuarkusTestResource(OidcTestResource.class)
class WebhookDeliveriesTest extends ReceiverFixture {

    private List<WebhookReceiver.Received> receivedAbout(UUID event) {
        return receiver.received().stream()
                .filter(r -> r.data().getString("eventId", "").equals(event.toString()))
                .toList();
    }

    @Test
    void anApprovedClaimBecomesASignedDelivery() {
        subscribeReceiver();
        UUID event = published(existence("DE", "Hamburg", "2026-02-01"));

        await().atMost(Duration.ofSeconds(60)).until(() -> !receivedAbout(event).isEmpty());
        WebhookReceiver.Received delivery = receivedAbout(event).get(0);
        assertFalse(delivery.verifiedWith().isEmpty(), "the official library verifies the signature");
        assertEquals("event.created", delivery.type());
        assertNotNull(delivery.json().getString("timestamp"));
        assertEquals("created", delivery.data().getString("change"));
        assertEquals(
                "Hamburg",
                delivery.data().getJsonObject("event").getJsonObject("place").getString("city"));
        assertNotNull(delivery.headers().get("webhook-id"));
        assertTrue(delivery.headers().get("webhook-signature").startsWith("v1,"));
        for (String identity :
                List.of("contributor", "user-", "service-account", "partner-demo", "submitter", "pseudonym")) {
            assertFalse(delivery.body().contains(identity), "the delivery mentions " + identity);
        }
    }

    @Test
    void deliveriesKeepTheChangeFeedOrderEvenThroughRetries() {
        subscribeReceiver();
        receiver.answer(500, 500);
        UUID event = UUID.randomUUID();
        send(claimApproved(event, UUID.randomUUID(), "existence", existence("DE", "Bremen", "2026-02-08")));
        send(claimApproved(event, UUID.randomUUID(), "attendance", attendance(2_000)));
        send(claimApproved(event, UUID.randomUUID(), "summary", summary("A march through the old town")));
        awaitHistory(event, 3);

        await().atMost(Duration.ofSeconds(60))
                .until(() -> receivedAbout(event).stream()
                                        .map(WebhookReceiver.Received::headers)
                                        .map(h -> h.get("webhook-id"))
                                        .distinct()
                                        .count()
                                == 3
                        && receiver.received().size() >= 5);
        List<Long> positions = receivedAbout(event).stream()
                .map(r -> r.data().getLong("position"))
                .toList();
        // the first change is tried three times before the second goes out: never out of order
        assertEquals(5, positions.size(), positions.toString());
        for (int i = 1; i < positions.size(); i++) {
            assertTrue(positions.get(i - 1) <= positions.get(i), positions.toString());
        }
        assertEquals(positions.get(0), positions.get(2));
        receivedAbout(event).forEach(r -> assertFalse(r.verifiedWith().isEmpty()));
    }

    @Test
    void aFailingReceiverIsRetriedWithTheNextTryRecordedThenSucceeds() {
        String subscription = subscribeReceiver();
        // three failures keep it pending for a few seconds, long enough to watch under load
        receiver.answer(500, 500, 500);
        UUID event = published(existence("DE", "Kiel", "2026-02-15"));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            Map<String, Object> pending = latest(subscription);
            assertEquals("pending", pending.get("state"));
            assertEquals(500, pending.get("lastStatusCode"));
            assertNotNull(pending.get("nextAttemptAt"));
        });
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(
                        () -> assertEquals("delivered", latest(subscription).get("state")));
        Map<String, Object> delivered = latest(subscription);
        assertEquals(4, delivered.get("attemptCount"));
        assertEquals(
                List.of(500, 500, 500, 200),
                ((List<?>) delivered.get("attempts"))
                        .stream().map(a -> ((Map<?, ?>) a).get("statusCode")).toList());
        assertEquals(4, receivedAbout(event).size());
        assertEquals(
                1,
                receivedAbout(event).stream()
                        .map(r -> r.headers().get("webhook-id"))
                        .distinct()
                        .count(),
                "every retry carries the same webhook-id");
    }

    /** The newest delivery of a subscription. */
    private static Map<String, Object> latest(String subscription) {
        List<Map<String, Object>> items = deliveries(manager(), subscription).getList("items");
        assertFalse(items.isEmpty());
        return items.get(0);
    }

    @Test
    void aPingIsDeliveredAndLogged() {
        String subscription = subscribeReceiver();
        ping(manager(), subscription).statusCode(202);
        await().atMost(Duration.ofSeconds(60))
                .until(() -> receiver.received().stream().anyMatch(r -> r.type().equals("webhook.test")));
        assertFalse(receiver.received().get(0).verifiedWith().isEmpty());
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            Map<String, Object> ping = latest(subscription);
            assertEquals("webhook.test", ping.get("type"));
            assertEquals("delivered", ping.get("state"));
            assertEquals(200, ping.get("lastStatusCode"));
        });
    }

    @Test
    void afterRotationBothSecretsVerifyADelivery() {
        String subscription = subscribeReceiver();
        String rotated = given().auth()
                .oauth2(manager())
                .when()
                .post("/api/v1/webhooks/" + subscription + "/rotate-secret")
                .then()
                .statusCode(200)
                .extract()
                .path("secret");
        receiver.trust(rotated);
        ping(manager(), subscription).statusCode(202);

        await().atMost(Duration.ofSeconds(60)).until(() -> !receiver.received().isEmpty());
        WebhookReceiver.Received ping = receiver.received().get(0);
        assertEquals(2, ping.headers().get("webhook-signature").split(" ").length);
        assertEquals(2, ping.verifiedWith().size(), "the old and the new secret both verify");
    }
}
