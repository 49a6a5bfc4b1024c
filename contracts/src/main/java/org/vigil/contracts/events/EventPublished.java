package org.vigil.contracts.events;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.UUID;
import org.vigil.contracts.vocabulary.EventKind;

/**
 * The public record of an event was created or changed, or the event left it. Moderation keeps
 * these to show moderators likely duplicates; {@code version} grows with every change, so a late
 * copy never overwrites a newer one. Built through {@link #published} and {@link #retracted}: a
 * retraction carries the event's last known outline too, since the receiving projection requires
 * its {@code kind}.
 */
public record EventPublished(
        UUID eventId, long version, @JsonUnwrapped Outline outline, boolean retracted) implements EventFact {

    /**
     * What moderation needs of an event to spot likely duplicates. On the wire its fields stand
     * beside {@code eventId} and {@code version}, as they always have.
     *
     * @param start the first day (ISO 8601) or {@code null} when the start is open; {@code end} likewise
     */
    public record Outline(
            EventKind kind,
            String title,
            String start,
            String end,
            String countryCode,
            String city,
            Double lat,
            Double lon) {}

    /** The event is public with this outline at {@code version}. */
    public static EventPublished published(UUID eventId, long version, Outline outline) {
        return new EventPublished(eventId, version, outline, false);
    }

    /** The event left the public record at {@code version}; {@code lastKnown} is its outline before. */
    public static EventPublished retracted(UUID eventId, long version, Outline lastKnown) {
        return new EventPublished(eventId, version, lastKnown, true);
    }
}
