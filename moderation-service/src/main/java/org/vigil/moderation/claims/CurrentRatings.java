package org.vigil.moderation.claims;

import io.smallrye.mutiny.Uni;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The publishers' current ratings for a set of citations. A rating admins gave since a quote was
 * checked takes precedence over the one the check recorded, in the queue and in the record alike.
 * Runs inside the caller's session.
 */
public final class CurrentRatings {

    private final Map<UUID, PublisherRating> byPublisher;

    private CurrentRatings(Map<UUID, PublisherRating> byPublisher) {
        this.byPublisher = byPublisher;
    }

    public static Uni<CurrentRatings> of(Collection<Citation> citations) {
        var publishers = citations.stream()
                .map(Citation::publisherId)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        return publishers.isEmpty()
                ? Uni.createFrom().item(new CurrentRatings(Map.of()))
                : PublisherRating.<PublisherRating>list("publisherId in ?1", publishers)
                        .map(found -> new CurrentRatings(
                                found.stream().collect(Collectors.toMap(r -> r.publisherId, Function.identity()))));
    }

    /** The citation with its publisher's current rating, or as it was when none is on record. */
    public Citation applyTo(Citation citation) {
        PublisherRating current = citation.publisherId() == null ? null : byPublisher.get(citation.publisherId());
        return current == null ? citation : citation.rated(current.publisherId, current.rating);
    }
}
