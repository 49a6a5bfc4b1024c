package org.vigil.events.webhooks;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One message to a subscription and what became of it.
 *
 * <p>The fields are the JSON properties and the OpenAPI schema's, in order; the constructor takes
 * the message and its tries as two parts, so none takes twelve in a row.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
public final class Delivery {

    /** The {@code webhook-id} header, the same on every attempt. */
    private final UUID id;

    private final String type;

    /** The change-feed position it carries, null for a test ping. */
    private final Long position;

    /** {@code pending}, {@code delivered}, or {@code failed} (given up). */
    private final String state;

    private final Instant createdAt;
    private final int attemptCount;
    private final Instant lastAttemptAt;
    private final Integer lastStatusCode;
    private final String lastError;

    /** When it is tried next, while pending. */
    private final Instant nextAttemptAt;

    private final Instant deliveredAt;
    private final List<Attempt> attempts;

    /** What is sent: the message's id, its type and the change-feed position it carries. */
    public record Message(UUID id, String type, Long position, Instant createdAt) {}

    /** How sending it has gone so far: the state, the last try's outcome and when the next is due. */
    public record Progress(
            String state,
            int attemptCount,
            Instant lastAttemptAt,
            Integer lastStatusCode,
            String lastError,
            Instant nextAttemptAt,
            Instant deliveredAt) {

        /** Not tried yet, due at once. */
        static Progress pending(Instant due) {
            return new Progress("pending", 0, null, null, null, due, null);
        }
    }

    /** One try: the receiver's status code, or the error when it gave none. */
    public record Attempt(int number, Instant at, Integer statusCode, String error, long durationMillis) {}

    Delivery(Message message, Progress progress, List<Attempt> attempts) {
        this.id = message.id();
        this.type = message.type();
        this.position = message.position();
        this.state = progress.state();
        this.createdAt = message.createdAt();
        this.attemptCount = progress.attemptCount();
        this.lastAttemptAt = progress.lastAttemptAt();
        this.lastStatusCode = progress.lastStatusCode();
        this.lastError = progress.lastError();
        this.nextAttemptAt = progress.nextAttemptAt();
        this.deliveredAt = progress.deliveredAt();
        this.attempts = List.copyOf(attempts);
    }
}
