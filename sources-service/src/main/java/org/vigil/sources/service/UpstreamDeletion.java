package org.vigil.sources.service;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.vigil.sources.domain.NotFound;
import org.vigil.sources.domain.Source;

/**
 * A moderator records that a source's page is gone (or rewritten) upstream. Only the mark is
 * added: every preserved version, quote and check stays as it was, which is the point of
 * preserving them.
 */
@ApplicationScoped
public class UpstreamDeletion {

    @Inject
    Clock clock;

    /** Marks the source; marking it again keeps the first time it was seen gone. */
    @WithTransaction
    public Uni<Source> mark(UUID sourceId) {
        return Source.<Source>findById(sourceId)
                .onItem()
                .ifNull()
                .failWith(() -> NotFound.source(sourceId))
                .invoke(source -> {
                    if (source.deletedUpstreamAt == null) {
                        source.deletedUpstreamAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
                    }
                });
    }
}
