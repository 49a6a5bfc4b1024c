package org.vigil.events.webhooks;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A webhook subscription as its owner sees it. {@code secret} is present only in the answer that
 * created or rotated it: it is never shown again.
 *
 * <p>The fields are the JSON properties and the OpenAPI schema's, in order; the constructor takes
 * them grouped by what they say (where to send, whether it is on), so none takes nine in a row.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
public final class Subscription {

    private final UUID id;
    private final String url;
    private final List<String> events;
    private final Instant createdAt;

    /** {@code active}, or {@code disabled} with the reason and time. */
    private final String state;

    private final Instant disabledAt;
    private final String disabledReason;

    /** Until when the secret before the last rotation still signs. */
    private final Instant previousSecretValidUntil;

    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String secret;

    /** Where the changes go: the receiver's URL and the event types it asked for. */
    public record Target(String url, List<String> events) {}

    /** Whether it is sent to: active, or disabled since a time for a reason. */
    public record Status(Instant disabledAt, String disabledReason) {

        String state() {
            return disabledAt == null ? "active" : "disabled";
        }
    }

    Subscription(UUID id, Target target, Instant createdAt, Status status, Instant previousSecretValidUntil) {
        this(id, target, createdAt, status, previousSecretValidUntil, null);
    }

    private Subscription(
            UUID id, Target target, Instant createdAt, Status status, Instant previousSecretValidUntil, String secret) {
        this.id = id;
        this.url = target.url();
        this.events = target.events();
        this.createdAt = createdAt;
        this.state = status.state();
        this.disabledAt = status.disabledAt();
        this.disabledReason = status.disabledReason();
        this.previousSecretValidUntil = previousSecretValidUntil;
        this.secret = secret;
    }

    public UUID id() {
        return id;
    }

    public Instant disabledAt() {
        return disabledAt;
    }

    public String disabledReason() {
        return disabledReason;
    }

    Subscription withSecret(SigningSecret shownOnce) {
        return new Subscription(
                id,
                new Target(url, events),
                createdAt,
                new Status(disabledAt, disabledReason),
                previousSecretValidUntil,
                shownOnce.value());
    }
}
