package org.vigil.events.webhooks;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One message to a subscription and what became of it.
 *
 * @param id the {@code webhook-id} header, the same on every attempt
 * @param position the change-feed position it carries, null for a test ping
 * @param state {@code pending}, {@code delivered}, or {@code failed} (given up)
 * @param nextAttemptAt when it is tried next, while pending
 */
public record Delivery(
        UUID id,
        String type,
        Long position,
        String state,
        Instant createdAt,
        int attemptCount,
        Instant lastAttemptAt,
        Integer lastStatusCode,
        String lastError,
        Instant nextAttemptAt,
        Instant deliveredAt,
        List<Attempt> attempts) {

    /** One try: the receiver's status code, or the error when it gave none. */
    public record Attempt(int number, Instant at, Integer statusCode, String error, long durationMillis) {}
}
