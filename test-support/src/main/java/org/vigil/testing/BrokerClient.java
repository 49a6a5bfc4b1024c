package org.vigil.testing;

import io.vertx.amqp.AmqpClient;
import io.vertx.amqp.AmqpClientOptions;
import io.vertx.amqp.AmqpConnection;
import io.vertx.amqp.AmqpMessage;
import io.vertx.amqp.AmqpReceiver;
import io.vertx.amqp.AmqpReceiverOptions;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A plain AMQP 1.0 peer for tests: sends raw messages the way another service's relay would, and
 * reads what a service published from a consumer's queue.
 */
public final class BrokerClient implements AutoCloseable {

    private final Vertx vertx = Vertx.vertx();
    private final AmqpClient client;
    private final AmqpConnection connection;

    public BrokerClient(int port) {
        client = AmqpClient.create(
                vertx, new AmqpClientOptions().setHost("127.0.0.1").setPort(port));
        connection = await(client.connect().toCompletionStage().toCompletableFuture());
    }

    /** Sends an envelope to an address, with its id as message-id and its type as subject. */
    public void send(String address, JsonObject envelope) {
        send(address, envelope, new JsonObject());
    }

    /** As {@link #send(String, JsonObject)}, with application properties (a trace context, say). */
    public void send(String address, JsonObject envelope, JsonObject applicationProperties) {
        AmqpMessage message = AmqpMessage.create()
                .applicationProperties(applicationProperties)
                .address(address)
                .id(envelope.getString("id"))
                .subject(envelope.getString("type"))
                .durable(true)
                .contentType("application/json")
                .withBufferAsBody(envelope.toBuffer())
                .build();
        var sender = await(connection.createSender(address).toCompletionStage().toCompletableFuture());
        await(sender.sendWithAck(message).toCompletionStage().toCompletableFuture());
        sender.close();
    }

    /**
     * Reads a consumer's queue (by fully qualified name) until a message matches or {@code timeout}
     * passes. Messages read on the way are consumed.
     */
    public Optional<JsonObject> awaitMessage(
            String fullyQualifiedQueue, Predicate<JsonObject> wanted, Duration timeout) {
        return awaitDelivery(fullyQualifiedQueue, wanted, timeout).map(Delivery::body);
    }

    /** A message as read: its body and its application properties (empty when it had none). */
    public record Delivery(JsonObject body, JsonObject applicationProperties) {}

    /** As {@link #awaitMessage}, answering the application properties too. */
    public Optional<Delivery> awaitDelivery(
            String fullyQualifiedQueue, Predicate<JsonObject> wanted, Duration timeout) {
        LinkedBlockingQueue<AmqpMessage> arrived = new LinkedBlockingQueue<>();
        AmqpReceiver receiver = await(connection
                .createReceiver(fullyQualifiedQueue, new AmqpReceiverOptions())
                .toCompletionStage()
                .toCompletableFuture());
        receiver.handler(arrived::add);
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (System.nanoTime() < deadline) {
                AmqpMessage message = arrived.poll(100, TimeUnit.MILLISECONDS);
                if (message != null) {
                    JsonObject body = message.bodyAsBinary().toJsonObject();
                    if (wanted.test(body)) {
                        JsonObject properties = message.applicationProperties();
                        return Optional.of(new Delivery(body, properties == null ? new JsonObject() : properties));
                    }
                }
            }
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } finally {
            receiver.close();
        }
    }

    @Override
    public void close() {
        connection.close();
        client.close();
        vertx.close();
    }

    private static <T> T await(java.util.concurrent.CompletableFuture<T> future) {
        try {
            return future.get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("AMQP operation failed", e);
        }
    }
}
