package org.vigil.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.amqp.AmqpClient;
import io.vertx.amqp.AmqpClientOptions;
import io.vertx.amqp.AmqpConnection;
import io.vertx.amqp.AmqpMessage;
import io.vertx.amqp.AmqpReceiver;
import io.vertx.amqp.AmqpReceiverOptions;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.util.UUID;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigil.contracts.Topology;

class DeadLetterToolTest {

    private static final String APPROVED_EVENTS = Topology.CLAIM_APPROVED.queueFor("events");

    private static TestBroker broker;
    private static DeadLetterTool tool;

    @BeforeAll
    static void start() {
        broker = new TestBroker().start();
        tool = new DeadLetterTool(broker);
    }

    @AfterAll
    static void stop() {
        broker.stop();
    }

    @Test
    void aMessageRefusedOnEveryAttemptIsListedWithItsTypeAndOriginalQueue() throws Exception {
        String id = deadLetter();

        String listed = tool.run("list");

        assertTrue(listed.contains(id), listed);
        assertTrue(listed.contains("ClaimApproved"), listed);
        assertTrue(listed.contains(APPROVED_EVENTS), listed);
    }

    @Test
    void aReplayedMessageGoesBackToItsOriginalAddressWithItsId() throws Exception {
        String id = deadLetter();
        long deadBefore = broker.messageCount(Topology.DEAD_LETTER_ADDRESS);

        String replayed = tool.run("replay", id);

        assertTrue(replayed.contains(Topology.CLAIM_APPROVED.address()), replayed);
        assertEquals(deadBefore - 1, broker.messageCount(Topology.DEAD_LETTER_ADDRESS));
        try (BrokerClient client = new BrokerClient(broker.port())) {
            assertTrue(client.awaitMessage(
                            Topology.CLAIM_APPROVED.fullyQualifiedQueueFor("events"),
                            body -> id.equals(body.getString("id")),
                            java.time.Duration.ofSeconds(5))
                    .isPresent());
        }
    }

    /** Publishes a ClaimApproved and refuses it on the events queue as often as the broker allows. */
    private static String deadLetter() throws Exception {
        String id = UUID.randomUUID().toString();
        long dead = broker.messageCount(Topology.DEAD_LETTER_ADDRESS);
        try (BrokerClient client = new BrokerClient(broker.port())) {
            client.send(
                    Topology.CLAIM_APPROVED.address(),
                    new JsonObject().put("id", id).put("type", "ClaimApproved").put("payload", new JsonObject()));
        }
        Vertx vertx = Vertx.vertx();
        try {
            AmqpClient client = AmqpClient.create(
                    vertx, new AmqpClientOptions().setHost("127.0.0.1").setPort(broker.port()));
            AmqpConnection connection =
                    client.connect().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            LinkedBlockingQueue<AmqpMessage> arrived = new LinkedBlockingQueue<>();
            AmqpReceiver receiver = connection
                    .createReceiver(
                            Topology.CLAIM_APPROVED.fullyQualifiedQueueFor("events"),
                            new AmqpReceiverOptions().setAutoAcknowledgement(false))
                    .toCompletionStage()
                    .toCompletableFuture()
                    .get(10, TimeUnit.SECONDS);
            receiver.handler(arrived::add);
            long deadline = System.currentTimeMillis() + 20_000;
            while (broker.messageCount(Topology.DEAD_LETTER_ADDRESS) == dead && System.currentTimeMillis() < deadline) {
                AmqpMessage message = arrived.poll(200, TimeUnit.MILLISECONDS);
                if (message != null) {
                    message.modified(true, false);
                }
            }
            connection.close();
            client.close();
        } finally {
            vertx.close();
        }
        assertEquals(dead + 1, broker.messageCount(Topology.DEAD_LETTER_ADDRESS));
        return id;
    }
}
