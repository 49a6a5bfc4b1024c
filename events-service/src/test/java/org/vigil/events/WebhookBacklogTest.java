package org.vigil.events;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vigil.events.RecordFixtures.*;
import static org.vigil.events.Webhooks.*;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.vigil.events.webhooks.DeliverySender;
import org.vigil.testing.ArtemisTestResource;
import org.vigil.testing.OidcTestResource;

/**
 * A receiver behind by many changes is brought up to date by one run of the sender, not one change
 * per run: head of line allows one change in flight per subscription, so a sender that stopped
 * after one pass would deliver one change a second however many were waiting.
 */
@QuarkusTest
@TestProfile(WebhookBacklogTest.SendOnlyWhenAsked.class)
@QuarkusTestResource(ArtemisTestResource.class)
@QuarkusTestResource(OidcTestResource.class)
class WebhookBacklogTest extends ReceiverFixture {

    /** The scheduled sender runs once an hour, so only the test's own run sends. */
    public static class SendOnlyWhenAsked implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("vigil.webhooks.send-interval", "1h");
        }
    }

    private static final int CHANGES = 12;

    @Inject
    DeliverySender sender;

    @Test
    void oneRunOfTheSenderDeliversAWholeBacklogInFeedOrder() {
        String subscription = subscribeReceiver();
        UUID event = published(existence("NL", "Utrecht", "2026-02-21"));
        for (int i = 1; i < CHANGES; i++) {
            approve(event, UUID.randomUUID(), "attendance", attendance(1_000 + i), i + 1);
        }
        await().atMost(Duration.ofSeconds(60))
                .until(() ->
                        deliveries(manager(), subscription).getList("items").size() == CHANGES);

        int delivered = sender.drain().await().atMost(Duration.ofSeconds(60));

        assertEquals(CHANGES, delivered);
        List<Long> positions = receiver.received().stream()
                .map(r -> r.data().getLong("position"))
                .toList();
        assertEquals(CHANGES, positions.size(), positions.toString());
        for (int i = 1; i < positions.size(); i++) {
            assertTrue(positions.get(i - 1) < positions.get(i), positions.toString());
        }
    }
}
