package org.vigil.events;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.vigil.events.RecordFixtures.*;
import static org.vigil.events.Webhooks.*;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.vigil.testing.ArtemisTestResource;
import org.vigil.testing.OidcTestResource;

/** Receivers that fail: deliveries given up in order, redirects not followed, subscriptions disabled. */
@QuarkusTest
@QuarkusTestResource(ArtemisTestResource.class)
@QuarkusTestResource(OidcTestResource.class)
class WebhookFailuresTest extends ReceiverFixture {

    @Inject
    Pool pool;

    /** The subscription's deliveries, oldest first. */
    private static List<Map<String, Object>> log(String subscription) {
        List<Map<String, Object>> items =
                new ArrayList<>(deliveries(manager(), subscription).getList("items"));
        Collections.reverse(items);
        return items;
    }

    @Test
    void aDeliveryFailingThroughTheWholeScheduleIsGivenUpAndTheNextGoes() {
        String subscription = subscribeReceiver();
        // the test schedule retries three times: four answers of 500 exhaust it
        receiver.answer(500, 500, 500, 500);
        UUID event = UUID.randomUUID();
        send(claimApproved(event, UUID.randomUUID(), "existence", existence("AT", "Graz", "2026-03-01")));
        send(claimApproved(event, UUID.randomUUID(), "summary", summary("A rally at the main square")));
        awaitHistory(event, 2);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            List<Map<String, Object>> log = log(subscription);
            assertEquals(2, log.size());
            assertEquals("failed", log.get(0).get("state"));
            assertEquals(4, log.get(0).get("attemptCount"));
            assertEquals(null, log.get(0).get("nextAttemptAt"));
            assertEquals("delivered", log.get(1).get("state"));
        });
        assertEquals(5, receiver.received().size());
    }

    @Test
    void aRedirectIsNotFollowed() {
        String subscription = subscribeReceiver();
        receiver.answer(307);
        ping(manager(), subscription).statusCode(202);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            Map<String, Object> ping = log(subscription).get(0);
            assertEquals("failed", ping.get("state"));
            assertEquals(307, ping.get("lastStatusCode"));
            assertEquals("answered 307", ping.get("lastError"));
        });
        assertEquals(1, receiver.received().size());
    }

    @Test
    void aSubscriptionFailingForThreeDaysIsDisabledWithTheReasonShown() {
        String subscription = subscribeReceiver();
        // as if every delivery had failed since four days ago
        pool.preparedQuery("update webhook_subscription set failing_since = now() - interval '4 days' where id = $1")
                .execute(Tuple.of(UUID.fromString(subscription)))
                .await()
                .indefinitely();
        receiver.answer(503);
        published(existence("AT", "Linz", "2026-03-08"));

        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> given().auth()
                        .oauth2(manager())
                        .when()
                        .get("/api/v1/webhooks/" + subscription)
                        .then()
                        .statusCode(200)
                        .body("state", equalTo("disabled"))
                        .body("disabledReason", containsString("answered 503")));
        ping(manager(), subscription).statusCode(409);
    }
}
