package org.vigil.moderation.duplicates;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.vigil.contracts.claims.ClaimValues;
import org.vigil.contracts.claims.Existence;
import org.vigil.contracts.vocabulary.EventKind;
import org.vigil.moderation.claims.Claim;

/**
 * The public events a proposed event may duplicate, for the queue: the database narrows the
 * projection down to the same kind and overlapping dates, {@link DuplicateCandidates} judges the
 * place. Events merged away are left out.
 */
@ApplicationScoped
public class PossibleDuplicates {

    private final DuplicateCandidates candidates = new DuplicateCandidates();

    /**
     * What duplicate detection reads of the public events, in plain SQL on the pool (as events-service's
     * {@code EventRows} writes): a look-up that matches hundreds of events (a busy day in one city) went
     * through Hibernate's row loop and entity hydration for each, half of a queue entry's processor time
     * (docs/benchmark.md, session 10). The projection is only ever written by committed messages, so
     * reading it outside the caller's session sees what the session would.
     */
    private static final String CANDIDATES = """
            select event_id, kind, start_date, end_date, country_code, city, lat, lon from public_event
            where kind = $1 and not retracted and event_id <> $2
              and event_id not in (select merged_event_id from event_merge)""";

    private final Pool pool;

    public PossibleDuplicates(Pool pool) {
        this.pool = pool;
    }

    /** For an existence claim; nothing for any other. */
    public Uni<List<UUID>> of(Claim existence) {
        Optional<EventOutline> outline = outline(existence);
        if (outline.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        EventOutline proposed = outline.get();
        StringBuilder query = new StringBuilder(CANDIDATES);
        Tuple params = Tuple.of(proposed.kind().name(), existence.eventId);
        if (proposed.end() != null) {
            params.addLocalDate(proposed.end());
            query.append(" and (start_date is null or start_date <= $")
                    .append(params.size())
                    .append(')');
        }
        if (proposed.start() != null) {
            params.addLocalDate(proposed.start());
            query.append(" and (end_date is null or end_date >= $")
                    .append(params.size())
                    .append(')');
        }
        return pool.preparedQuery(query.toString()).execute(params).map(rows -> {
            List<KnownEvent> known = new ArrayList<>(rows.size());
            for (Row row : rows) {
                known.add(known(row));
            }
            return candidates.among(proposed, known).stream()
                    .map(DuplicateCandidate::eventId)
                    .toList();
        });
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

    private static KnownEvent known(Row row) {
        Double lat = row.getDouble("lat");
        Double lon = row.getDouble("lon");
        boolean located = lat != null && lon != null;
        return new KnownEvent(
                row.getUUID("event_id"),
                new EventOutline(
                        EventKind.valueOf(row.getString("kind")),
                        row.getLocalDate("start_date"),
                        row.getLocalDate("end_date"),
                        row.getString("country_code"),
                        row.getString("city"),
                        located ? lat : null,
                        located ? lon : null));
    }
}
