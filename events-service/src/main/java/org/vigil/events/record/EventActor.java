package org.vigil.events.record;

import java.util.List;
import java.util.UUID;
import org.vigil.contracts.claims.ActorRole;

/**
 * An actor of the event, accumulated from {@code actor} claims. Two claims naming the same actor
 * in the same role (ignoring case and spacing) are one actor backed by both claims.
 */
public record EventActor(String name, ActorRole role, List<UUID> claimIds) {

    public EventActor {
        claimIds = List.copyOf(claimIds);
    }
}
