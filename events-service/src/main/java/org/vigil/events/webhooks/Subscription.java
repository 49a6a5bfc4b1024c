package org.vigil.events.webhooks;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A webhook subscription as its owner sees it. {@code secret} is present only in the answer that
 * created or rotated it: it is never shown again.
 *
 * @param state {@code active}, or {@code disabled} with the reason and time
 * @param previousSecretValidUntil until when the secret before the last rotation still signs
 */
public record Subscription(
        UUID id,
        String url,
        List<String> events,
        Instant createdAt,
        String state,
        Instant disabledAt,
        String disabledReason,
        Instant previousSecretValidUntil,
        @JsonInclude(JsonInclude.Include.NON_NULL) String secret) {

    Subscription withSecret(SigningSecret shownOnce) {
        return new Subscription(
                id,
                url,
                events,
                createdAt,
                state,
                disabledAt,
                disabledReason,
                previousSecretValidUntil,
                shownOnce.value());
    }
}
