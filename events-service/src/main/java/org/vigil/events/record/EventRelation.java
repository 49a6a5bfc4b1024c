package org.vigil.events.record;

import java.util.List;
import java.util.UUID;
import org.vigil.contracts.claims.RelationType;

/** A relation to another event, accumulated from {@code relation} claims; one per type and event. */
public record EventRelation(RelationType type, UUID eventId, List<UUID> claimIds) {

    public EventRelation {
        claimIds = List.copyOf(claimIds);
    }
}
