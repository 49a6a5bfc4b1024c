package org.vigil.moderation.workflow;

import java.util.Objects;
import java.util.UUID;

/** An event already in the public record, as duplicate detection sees it. */
public record KnownEvent(UUID id, EventOutline outline) {

    public KnownEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(outline, "outline");
    }
}
