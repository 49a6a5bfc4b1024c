package org.vigil.contracts.events;

import java.util.UUID;
import org.vigil.contracts.IntegrationEvent;

/**
 * A fact about one event of the public record: that event is its aggregate, so every copy of it
 * for the same event is ordered and deduplicated together.
 */
public interface EventFact extends IntegrationEvent {

    UUID eventId();

    @Override
    default String aggregateType() {
        return "event";
    }

    @Override
    default String aggregateId() {
        return eventId().toString();
    }
}
