package org.vigil.moderation.duplicates;

import java.util.UUID;

/**
 * A known event that may be the one a report proposes: shown to moderators, never merged
 * automatically. {@code distanceKm} is null when either event has no coordinates.
 */
public record DuplicateCandidate(UUID eventId, boolean sameCity, Double distanceKm) {}
