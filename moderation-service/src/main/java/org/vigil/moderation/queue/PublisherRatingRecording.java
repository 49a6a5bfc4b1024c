package org.vigil.moderation.queue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import org.vigil.contracts.events.PublisherRated;
import org.vigil.moderation.audit.AuditAct;
import org.vigil.moderation.audit.AuditAction;
import org.vigil.moderation.audit.AuditActor;
import org.vigil.moderation.audit.AuditLog;
import org.vigil.moderation.claims.PublisherRating;

/**
 * Records a publisher's new rating, shown from then on beside each of its citations in the queue
 * and carried by every {@code ClaimApproved}. The rating itself is an admin's act in the sources
 * service; this service appends to its own log what it saw and when, as a system act, so the
 * ratings moderators worked with are on record. An older rating arriving late
 * changes nothing. Runs in the inbox's transaction.
 */
@ApplicationScoped
public class PublisherRatingRecording {

    static final AuditActor SOURCES = AuditActor.system("sources-service");

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public Uni<Void> record(PublisherRated rated) {
        return PublisherRating.<PublisherRating>findById(rated.publisherId()).chain(known -> {
            if (known != null && known.ratedAt != null && !rated.ratedAt().isAfter(known.ratedAt)) {
                return Uni.createFrom().voidItem();
            }
            PublisherRating rating = known != null ? known : new PublisherRating();
            rating.publisherId = rated.publisherId();
            rating.name = rated.name();
            rating.rating = rated.rating();
            rating.ratedAt = rated.ratedAt();
            Uni<?> stored = known != null ? Uni.createFrom().item(rating) : rating.persist();
            return stored.chain(() -> audit.append(new AuditAct(
                            clock.instant().truncatedTo(ChronoUnit.MICROS),
                            SOURCES,
                            AuditAction.RATED,
                            "publisher",
                            rated.publisherId().toString(),
                            JsonNodeFactory.instance
                                    .objectNode()
                                    .put("name", rated.name())
                                    .put("rating", rated.rating().wire())
                                    .put("ratedAt", rated.ratedAt().toString()))))
                    .replaceWithVoid();
        });
    }
}
