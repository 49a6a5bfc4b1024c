package org.vigil.moderation.sources;

import java.util.Map;
import java.util.UUID;

/**
 * The registered sources a report's citations name by {@code sourceId}, each with its newest
 * version as sources-service last confirmed it; a source missing here is not registered.
 */
public record CitedSources(Map<UUID, Integer> newestVersions) {

    /** For citations that name no registered source (all inline). */
    public static final CitedSources NONE = new CitedSources(Map.of());

    public boolean holds(UUID sourceId) {
        return newestVersions.containsKey(sourceId);
    }

    /** Whether the source holds {@code version}; versions are numbered 1, 2, … and never removed. */
    public boolean holds(UUID sourceId, int version) {
        Integer newest = newestVersions.get(sourceId);
        return newest != null && version >= 1 && version <= newest;
    }

    public Integer newestVersionOf(UUID sourceId) {
        return newestVersions.get(sourceId);
    }
}
