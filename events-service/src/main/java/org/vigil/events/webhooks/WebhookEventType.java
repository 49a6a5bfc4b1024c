package org.vigil.events.webhooks;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of change a partner can subscribe to, named as the Standard Webhooks spec suggests
 * ({@code group.event}). Each change-feed row is one of them; {@link #PING} is the test message.
 */
public enum WebhookEventType {
    CREATED("event.created"),
    UPDATED("event.updated"),
    MERGED("event.merged"),
    RETRACTED("event.retracted"),
    PING("webhook.test");

    private final String wireName;

    WebhookEventType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** A type a subscription may name; the ping is sent on request, never subscribed to. */
    public static Optional<WebhookEventType> subscribable(String wireName) {
        return Arrays.stream(values())
                .filter(t -> t != PING && t.wireName.equals(wireName))
                .findFirst();
    }

    /**
     * The type of a change-feed row ({@code event_change.change}), as the feed's own {@code type}
     * reads it: every change besides creation, merge and retraction updates the event.
     */
    public static WebhookEventType ofChange(String change) {
        return switch (change) {
            case "created" -> CREATED;
            case "merged" -> MERGED;
            case "retracted" -> RETRACTED;
            default -> UPDATED;
        };
    }
}
