package org.vigil.sources.service;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.vigil.contracts.events.PublisherRated;
import org.vigil.contracts.vocabulary.Rating;
import org.vigil.messaging.Outbox;
import org.vigil.sources.domain.NotFound;
import org.vigil.sources.domain.Publisher;

/** An admin rates a publisher; every citation shown anywhere follows the new rating. */
@ApplicationScoped
public class PublisherRating {

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @WithTransaction
    public Uni<Publisher> rate(UUID publisherId, Rating rating, String name) {
        return Publisher.<Publisher>findById(publisherId)
                .onItem()
                .ifNull()
                .failWith(() -> NotFound.publisher(publisherId))
                .chain(publisher -> {
                    publisher.rating = rating;
                    if (name != null && !name.isBlank()) {
                        publisher.name = name.strip();
                    }
                    publisher.ratedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
                    return outbox.publish(new PublisherRated(publisher.id, publisher.name, rating, publisher.ratedAt))
                            .replaceWith(publisher);
                });
    }
}
