package org.vigil.moderation.duplicates;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.vigil.contracts.vocabulary.ClaimProperty;
import org.vigil.contracts.vocabulary.ClaimStatus;
import org.vigil.moderation.claims.Claim;
import org.vigil.moderation.claims.EventFacts;
import org.vigil.moderation.claims.EventMerge;
import org.vigil.moderation.claims.PublicEvent;

/**
 * What this service knows about events: those proposed in reports (by their existence claims),
 * those it published, and those the events service announced (the {@link PublicEvent}
 * projection). Runs inside the caller's session.
 */
@ApplicationScoped
public class KnownEvents {

    /** Longer chains than this would mean a merge cycle, which merging refuses. */
    private static final int MAX_MERGE_HOPS = 16;

    private static final List<ClaimStatus> STANDING =
            List.of(ClaimStatus.APPROVED, ClaimStatus.SUPERSEDED, ClaimStatus.PENDING, ClaimStatus.CHANGES_REQUESTED);

    /** The event an id stands for today: itself, or the survivor of the merges it went through. */
    public Uni<UUID> resolve(UUID eventId) {
        return resolve(eventId, 0);
    }

    private Uni<UUID> resolve(UUID eventId, int hops) {
        if (hops >= MAX_MERGE_HOPS) {
            return Uni.createFrom().item(eventId);
        }
        return EventMerge.<EventMerge>find("mergedEventId", eventId)
                .firstResult()
                .chain(merge ->
                        merge == null ? Uni.createFrom().item(eventId) : resolve(merge.survivorEventId, hops + 1));
    }

    public Uni<Boolean> wasMerged(UUID eventId) {
        return EventMerge.count("mergedEventId", eventId).map(count -> count > 0);
    }

    /**
     * Whether the public record has heard of the event: this service published its existence
     * claim, or the events service announced it. Claims about other events are held back until then.
     */
    public Uni<Boolean> isPublished(UUID eventId) {
        return Claim.count(
                        "eventId = ?1 and property = ?2 and publishedAt is not null", eventId, ClaimProperty.EXISTENCE)
                .chain(published -> published > 0
                        ? Uni.createFrom().item(true)
                        : PublicEvent.<PublicEvent>findById(eventId).map(known -> known != null));
    }

    /**
     * The kind and country of an event a report may be about: from its standing existence claim
     * (the newest approved one first), else from the public record's announcement.
     */
    public Uni<Optional<EventFacts>> factsOf(UUID eventId) {
        return Claim.<Claim>list(
                        "eventId = ?1 and property = ?2 and status in ?3 and duplicateOf is null",
                        eventId,
                        ClaimProperty.EXISTENCE,
                        STANDING)
                .chain(existence -> {
                    Optional<Claim> best = existence.stream()
                            .min(Comparator.comparing((Claim c) -> c.status == ClaimStatus.APPROVED ? 0 : 1)
                                    .thenComparing(c -> c.submittedAt, Comparator.reverseOrder()));
                    if (best.isPresent()) {
                        return Uni.createFrom().item(Optional.of(EventFacts.of(best.get().value)));
                    }
                    return PublicEvent.<PublicEvent>findById(eventId)
                            .map(known -> known == null || known.retracted
                                    ? Optional.<EventFacts>empty()
                                    : Optional.of(new EventFacts(known.kind, known.countryCode)));
                });
    }
}
