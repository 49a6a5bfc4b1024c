package org.vigil.moderation.duplicates;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.vigil.contracts.claims.ClaimValues;
import org.vigil.contracts.claims.Existence;
import org.vigil.moderation.claims.Claim;
import org.vigil.moderation.claims.PublicEvent;

/**
 * The public events a proposed event may duplicate, for the queue: the database narrows the
 * projection down to the same kind and overlapping dates, {@link DuplicateCandidates} judges the
 * place. Events merged away are left out.
 */
@ApplicationScoped
public class PossibleDuplicates {

    private final DuplicateCandidates candidates = new DuplicateCandidates();

    /** For an existence claim; nothing for any other. */
    public Uni<List<UUID>> of(Claim existence) {
        Optional<EventOutline> outline = outline(existence);
        if (outline.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        EventOutline proposed = outline.get();
        StringBuilder query = new StringBuilder("kind = :kind and retracted = false and eventId <> :self"
                + " and eventId not in (select m.mergedEventId from EventMerge m)");
        Map<String, Object> params = new HashMap<>(Map.of("kind", proposed.kind(), "self", existence.eventId));
        if (proposed.end() != null) {
            query.append(" and (startDate is null or startDate <= :end)");
            params.put("end", proposed.end());
        }
        if (proposed.start() != null) {
            query.append(" and (endDate is null or endDate >= :start)");
            params.put("start", proposed.start());
        }
        return PublicEvent.<PublicEvent>list(query.toString(), params)
                .map(events ->
                        candidates
                                .among(
                                        proposed,
                                        events.stream()
                                                .map(PossibleDuplicates::known)
                                                .toList())
                                .stream()
                                .map(DuplicateCandidate::eventId)
                                .toList());
    }

    private static Optional<EventOutline> outline(Claim claim) {
        try {
            Existence existence = ClaimValues.existence(claim.value);
            return Optional.of(new EventOutline(
                    existence.kind(),
                    existence.date().start(),
                    existence.date().end(),
                    existence.place().countryCode(),
                    existence.place().city(),
                    existence.place().lat(),
                    existence.place().lon()));
        } catch (IllegalArgumentException e) {
            // an unreadable stored value (InvalidClaimValue) or an impossible outline: nothing to compare
            return Optional.empty();
        }
    }

    private static KnownEvent known(PublicEvent event) {
        boolean located = event.lat != null && event.lon != null;
        return new KnownEvent(
                event.eventId,
                new EventOutline(
                        event.kind,
                        event.startDate,
                        event.endDate,
                        event.countryCode,
                        event.city,
                        located ? event.lat : null,
                        located ? event.lon : null));
    }
}
