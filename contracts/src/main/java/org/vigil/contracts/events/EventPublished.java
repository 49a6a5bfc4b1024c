package org.vigil.contracts.events;

import java.util.UUID;
import org.vigil.contracts.IntegrationEvent;
import org.vigil.contracts.vocabulary.EventKind;

/**
 * The public record of an event was created or changed. Moderation keeps these to show moderators
 * likely duplicates; {@code version} grows with every change, so a late copy never overwrites a
 * newer one.
 */
public record EventPublished(
        UUID eventId,
        long version,
        EventKind kind,
        String title,
        String start,
        String end,
        String countryCode,
        String city,
        Double lat,
        Double lon,
        boolean retracted)
        implements IntegrationEvent {

    @Override
    public String aggregateType() {
        return "event";
    }

    @Override
    public String aggregateId() {
        return eventId.toString();
    }
}
