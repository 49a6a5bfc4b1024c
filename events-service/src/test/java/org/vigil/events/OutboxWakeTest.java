package org.vigil.events;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vigil.events.RecordFixtures.*;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.vigil.contracts.Topology;
import org.vigil.testing.ArtemisTestResource;
import org.vigil.testing.BrokerClient;
import org.vigil.testing.OidcTestResource;

/** The relay sends a committed outbox row right away, not at its next poll. */
@QuarkusTest
@QuarkusTestResource(ArtemisTestResource.class)
@QuarkusTestResource(OidcTestResource.class)
@TestProfile(OutboxWakeTest.PollOnceAnHour.class)
class OutboxWakeTest {

    /** The poll runs once at start and then not within the test: only the commit can wake the relay. */
    public static class PollOnceAnHour implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("vigil.outbox.interval", "1h");
        }
    }

    @Test
    void aCommittedOutboxRowIsSentWithoutWaitingForThePoll() {
        UUID event = UUID.randomUUID();
        send(claimApproved(event, UUID.randomUUID(), "existence", existence("FR", "Lyon", "2026-02-15")));

        try (BrokerClient broker = new BrokerClient(ArtemisTestResource.broker().port())) {
            assertTrue(
                    broker.awaitMessage(
                                    Topology.EVENT_PUBLISHED.fullyQualifiedQueueFor("moderation"),
                                    published -> event.toString()
                                            .equals(published
                                                    .getJsonObject("payload")
                                                    .getString("eventId")),
                                    Duration.ofSeconds(15))
                            .isPresent(),
                    "EventPublished for " + event + " reached the broker");
        }
    }
}
