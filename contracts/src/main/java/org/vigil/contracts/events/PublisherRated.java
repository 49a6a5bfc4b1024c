package org.vigil.contracts.events;

import java.time.Instant;
import java.util.UUID;
import org.vigil.contracts.IntegrationEvent;
import org.vigil.contracts.vocabulary.Rating;

/** An admin changed a publisher's reliability rating; citations shown anywhere follow it. */
public record PublisherRated(UUID publisherId, String name, Rating rating, Instant ratedAt)
        implements IntegrationEvent {

    @Override
    public String aggregateType() {
        return "publisher";
    }

    @Override
    public String aggregateId() {
        return publisherId.toString();
    }
}
