package org.vigil.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.vigil.events.RecordFixtures.*;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.vigil.contracts.Topology;
import org.vigil.testing.ArtemisTestResource;
import org.vigil.testing.BrokerClient;
import org.vigil.testing.OidcTestResource;

/**
 * A trace crosses the service through its outbox: the consumer continues the trace a message
 * carries, the outbox row written in that work keeps it, and the relay puts it on what it sends.
 */
@QuarkusTest
@QuarkusTestResource(ArtemisTestResource.class)
@QuarkusTestResource(OidcTestResource.class)
@TestProfile(MessageTraceTest.Traced.class)
class MessageTraceTest {

    /** Tracing on, with no collector: spans are recorded and dropped, which is all this needs. */
    public static class Traced implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.otel.sdk.disabled", "false");
        }
    }

    private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String SENDER_SPAN = "00f067aa0ba902b7";

    @Test
    void anEventPublishedByAnApprovalCarriesTheApprovalsTrace() {
        UUID event = UUID.randomUUID();
        JsonObject approval =
                claimApproved(event, UUID.randomUUID(), "existence", existence("FR", "Lyon", "2026-02-15"));

        try (BrokerClient broker = new BrokerClient(ArtemisTestResource.broker().port())) {
            broker.send(
                    Topology.ofType(approval.getString("type")).orElseThrow().address(),
                    approval,
                    new JsonObject().put("traceparent", "00-" + TRACE + "-" + SENDER_SPAN + "-01"));
            BrokerClient.Delivery published = broker.awaitDelivery(
                            Topology.EVENT_PUBLISHED.fullyQualifiedQueueFor("moderation"),
                            body -> event.toString()
                                    .equals(body.getJsonObject("payload").getString("eventId")),
                            Duration.ofSeconds(15))
                    .orElseThrow(() -> new AssertionError("EventPublished for " + event + " never reached the broker"));

            String[] traceparent = published
                    .applicationProperties()
                    .getString("traceparent", "")
                    .split("-");
            assertEquals(
                    4,
                    traceparent.length,
                    "EventPublished carries a traceparent: " + published.applicationProperties());
            assertEquals(TRACE, traceparent[1], "the approval's trace goes on");
            assertNotEquals(SENDER_SPAN, traceparent[2], "under the consumer's own span");
        }
    }
}
