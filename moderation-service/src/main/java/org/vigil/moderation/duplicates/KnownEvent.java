package org.vigil.moderation.duplicates;

import java.util.Objects;
import java.util.UUID;

/** An event already in the public record, as duplicate detection sees it. */
public record KnownEvent(UUID id, EventOutline outline) {

    public KnownEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(outline, "outline");
    }
}
