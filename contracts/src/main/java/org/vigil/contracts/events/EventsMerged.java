package org.vigil.contracts.events;

import java.time.Instant;
import java.util.UUID;
import org.vigil.contracts.IntegrationEvent;

/** A moderator found two public events to be one: {@code merged} now points at {@code survivor}. */
public record EventsMerged(UUID merged, UUID survivor, UUID decisionId, String reason, Instant mergedAt)
        implements IntegrationEvent {

    @Override
    public String aggregateType() {
        return "event";
    }

    @Override
    public String aggregateId() {
        return survivor.toString();
    }
}
