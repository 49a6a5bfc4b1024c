package org.vigil.events.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.vigil.events.record.TallyRecord;

/**
 * Every write to {@code tally}: approved tallies, kept apart from events so that no count of the
 * record can include them (V4__incidents_tallies.sql). Runs in the caller's transaction.
 */
@ApplicationScoped
public class TallyRows {

    private static final String INSERT = """
            insert into tally (claim_id, kind, subject, place_key, city, first_day, last_day, sort_date, document,
                approved_at)
            values (:id, :kind, :subject, :placeKey, :city, coalesce(cast(:first as date), '-infinity'::date),
                coalesce(cast(:last as date), 'infinity'::date), :sortDate, cast(cast(:document as text) as jsonb), :approvedAt)
            on conflict (claim_id) do nothing""";

    @Inject
    ObjectMapper json;

    /** Keeps an approved tally; one already kept (a redelivered approval) stays as it is. */
    public Uni<Void> keep(TallyRecord tally) {
        LocalDate start = tally.start();
        LocalDate end = tally.end();
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(INSERT)
                        .setParameter("id", tally.id())
                        .setParameter("kind", tally.kind().wire())
                        .setParameter("subject", tally.subject().wire())
                        .setParameter("placeKey", tally.placeKey())
                        .setParameter(
                                "city",
                                tally.place() == null ? null : tally.place().city())
                        .setParameter("first", start)
                        .setParameter("last", end)
                        .setParameter("sortDate", start != null ? start : end)
                        .setParameter("document", write(tally))
                        .setParameter("approvedAt", tally.approvedAt())
                        .executeUpdate())
                .replaceWithVoid();
    }

    /** The tally leaves the public answers; whether there was one not yet retracted. */
    public Uni<Boolean> retract(UUID claimId, Instant at) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "update tally set retracted_at = :at where claim_id = :id and retracted_at is null")
                        .setParameter("id", claimId)
                        .setParameter("at", at)
                        .executeUpdate()
                        .map(updated -> updated > 0));
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
