package org.vigil.events.ledger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.vigil.contracts.claims.ClaimValues;
import org.vigil.contracts.events.ClaimApproved;
import org.vigil.contracts.events.EventPublished;
import org.vigil.contracts.vocabulary.ClaimProperty;
import org.vigil.events.query.SearchText;
import org.vigil.events.record.ApprovedClaim;
import org.vigil.events.record.EventClaims;
import org.vigil.events.record.EventRecord;
import org.vigil.messaging.Outbox;

/**
 * Recomputes an event's public record from its approved claims and writes it, with a change row
 * for the history and the change feed saying precisely what changed, and an EventPublished for
 * the other services. Runs in the caller's transaction, after {@link #serialise()}.
 *
 * <p>The change a row records ({@code change}):
 * <ul>
 *   <li>{@code created}: the event became public (its existence was approved, or approved again
 *       after a retraction);
 *   <li>{@code field_changed}, {@code figure_changed}: an approved claim changed fields or a figure;
 *       {@code claim_approved}: it only confirmed what the record already said;
 *   <li>{@code claim_retracted}: a claim was withdrawn and the event stays public;
 *   <li>{@code retracted}: the event left the public record (its existence was withdrawn);
 *   <li>{@code merged}: this event was found to be a duplicate and now points at another;
 *       {@code absorbed}: a duplicate was merged into this one, bringing its claims;
 *   <li>{@code rating_changed}: a cited publisher was rated again.
 * </ul>
 * Each row names the claim and the decisions behind it and, in {@code detail.changes}, every
 * field that changed with its old and new value.
 */
@ApplicationScoped
public class PublicRecord {

    /** Why an event is being recomputed. */
    public enum Reason { APPROVAL, RETRACTION, MERGE, RATING }

    /**
     * What caused a recomputation, for the change row.
     *
     * @param property the claim's property, or {@code null}
     * @param decisionIds JSON array of the decision ids behind it, or {@code null}
     * @param detail what the row says besides the changes (a reason, the merged event), or {@code null}
     */
    public record Cause(Reason reason, ClaimProperty property, UUID claimId, String decisionIds, ObjectNode detail) {}

    private static final TypeReference<List<ClaimApproved.Citation>> CITATIONS = new TypeReference<>() {};

    /** The advisory lock every writer of the public record holds until it commits (see {@link #serialise()}). */
    private static final long RECORD_LOCK = 0x7669_6769_6c00_0001L;

    private final ObjectMapper json;
    private final Outbox outbox;
    private final Clock clock;

    public PublicRecord(ObjectMapper json, Outbox outbox, Clock clock) {
        this.json = json;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Makes the calling transaction the only writer of the public record until it commits. Change
     * positions are taken from a sequence when rows are inserted but become visible at commit;
     * without this, a reader of the change feed could see position 11 committed before 10 and
     * move its cursor past 10 for good. Decisions arrive at a human pace, so one writer at a time
     * costs nothing, and taking this lock first also rules out deadlocks between writers.
     */
    public Uni<Void> serialise() {
        return Panache.getSession().chain(session -> session
                .createNativeQuery("select 1 from (select pg_advisory_xact_lock(?1)) locked", Integer.class)
                .setParameter(1, RECORD_LOCK)
                .getSingleResult()).replaceWithVoid();
    }

    public Uni<Void> recompute(UUID eventId, Cause cause) {
        return ApprovedClaimRow.<ApprovedClaimRow>list("eventId = ?1 and retractedAt is null", eventId)
                .chain(rows -> {
                    Optional<EventRecord> record = EventClaims.of(eventId, rows.stream().map(this::claim).toList()).record();
                    return stored(eventId).chain(stored -> {
                        long revision = stored == null ? 1 : stored.revision() + 1;
                        boolean wasPublic = stored != null && !stored.retracted();
                        if (record.isPresent()) {
                            EventRecord stamped = withUpdatedAt(record.get(), now());
                            JsonNode after = tree(stamped);
                            ArrayNode changes = RecordDiff.between(wasPublic ? stored.record() : null, after);
                            String change = wasPublic ? changeOf(cause, changes) : "created";
                            return write(stamped, revision, stored != null)
                                    .chain(() -> change(eventId, change, cause, revision, changes))
                                    .chain(() -> announce(stamped, revision));
                        }
                        if (wasPublic) {
                            return retract(eventId, revision, cause);
                        }
                        return Uni.createFrom().voidItem(); // not public: its existence is not (or no longer) approved
                    });
                });
    }

    private static String changeOf(Cause cause, ArrayNode changes) {
        return switch (cause.reason()) {
            case APPROVAL -> cause.property() != null && ClaimValues.isFigure(cause.property())
                    ? "figure_changed"
                    : changes.isEmpty() ? "claim_approved" : "field_changed";
            case RETRACTION -> "claim_retracted";
            case MERGE -> "absorbed";
            case RATING -> "rating_changed";
        };
    }

    /** The event as stored before this change, or {@code null} when it was never public. */
    private record Stored(long revision, JsonNode record, boolean retracted) {}

    private Uni<Stored> stored(UUID eventId) {
        return Panache.getSession().chain(session -> session
                .createNativeQuery("select revision, record::text, retracted_at is not null from event where id = ?1",
                        Object[].class)
                .setParameter(1, eventId)
                .getResultList()
                .map(rows -> {
                    if (rows.isEmpty()) {
                        return null;
                    }
                    Object[] row = rows.get(0);
                    return new Stored(((Number) row[0]).longValue(), read((String) row[1]), (Boolean) row[2]);
                }));
    }

    private Uni<Void> write(EventRecord record, long revision, boolean known) {
        String sql = known
                ? """
                  update event set kind = ?2, title = ?3, start_date = ?4, end_date = ?5, sort_date = ?6, country_code = ?7,
                      city = ?8, lat = ?9, lon = ?10, campaign = ?11, attendance = ?12, record = cast(cast(?13 as text) as jsonb),
                      item = cast(cast(?14 as text) as jsonb), search = to_tsvector('simple', ?15), updated_at = ?16, revision = ?17,
                      retracted_at = null
                  where id = ?1"""
                : """
                  insert into event (id, kind, title, start_date, end_date, sort_date, country_code, city, lat, lon, campaign,
                      attendance, record, item, search, updated_at, revision, published_at)
                  values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, cast(cast(?13 as text) as jsonb), cast(cast(?14 as text) as jsonb),
                      to_tsvector('simple', ?15), ?16, ?17, ?16)""";
        LocalDate start = record.start();
        LocalDate end = record.end();
        return Panache.getSession().chain(session -> session.createNativeQuery(sql)
                .setParameter(1, record.id())
                .setParameter(2, record.kind().wire())
                .setParameter(3, record.title())
                .setParameter(4, start)
                .setParameter(5, end)
                .setParameter(6, start != null ? start : end)
                .setParameter(7, record.place().countryCode())
                .setParameter(8, record.place().city())
                .setParameter(9, record.place().lat())
                .setParameter(10, record.place().lon())
                .setParameter(11, record.campaign())
                .setParameter(12, record.figures().attendance() == null ? null : record.figures().attendance().low())
                .setParameter(13, write(record))
                .setParameter(14, write(itemOf(record)))
                .setParameter(15, SearchText.normalise(searchText(record)))
                .setParameter(16, record.updatedAt())
                .setParameter(17, revision)
                .executeUpdate()).replaceWithVoid();
    }

    private Uni<Void> retract(UUID eventId, long revision, Cause cause) {
        return Panache.getSession().chain(session -> session
                        .createNativeQuery("update event set retracted_at = ?2, revision = ?3, updated_at = ?2 where id = ?1")
                        .setParameter(1, eventId)
                        .setParameter(2, now())
                        .setParameter(3, revision)
                        .executeUpdate())
                .chain(() -> change(eventId, "retracted", cause, revision, json.createArrayNode()))
                .chain(() -> outbox.publish(new EventPublished(eventId, revision, null, null, null, null, null, null,
                        null, null, true)))
                .replaceWithVoid();
    }

    private Uni<Void> change(UUID eventId, String change, Cause cause, long revision, ArrayNode changes) {
        ObjectNode detail = cause.detail() == null ? json.createObjectNode() : cause.detail().deepCopy();
        detail.set("changes", changes);
        String field = cause.property() == null ? null : cause.property().wire();
        return change(eventId, change, field, cause.claimId(), cause.decisionIds(), revision, detail);
    }

    /**
     * Appends a row to the history and the change feed. (JSON goes in as text and is cast in SQL:
     * the reactive driver would bind a string for a jsonb parameter as a JSON string.)
     */
    public Uni<Void> change(UUID eventId, String change, String field, UUID claimId, String decisionIds, Long revision,
            ObjectNode detail) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        insert into event_change (event_id, change, field, claim_id, decision_ids, revision, detail, occurred_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6, cast(cast(?7 as text) as jsonb), ?8)""")
                .setParameter(1, eventId)
                .setParameter(2, change)
                .setParameter(3, field)
                .setParameter(4, claimId)
                .setParameter(5, decisionIds)
                .setParameter(6, revision)
                .setParameter(7, write(detail))
                .setParameter(8, now())
                .executeUpdate()).replaceWithVoid();
    }

    private Uni<Void> announce(EventRecord record, long revision) {
        return outbox.publish(new EventPublished(record.id(), revision, record.kind(), record.title(),
                        record.start() == null ? null : record.start().toString(),
                        record.end() == null ? null : record.end().toString(),
                        record.place().countryCode(), record.place().city(), record.place().lat(), record.place().lon(),
                        false))
                .replaceWithVoid();
    }

    ApprovedClaim claim(ApprovedClaimRow row) {
        try {
            return new ApprovedClaim(row.claimId, row.property, row.value, json.readValue(row.citations, CITATIONS),
                    row.approvedAt);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored citations of claim " + row.claimId + " are unreadable", e);
        }
    }

    /** The list item: the event without each figure's claims. */
    ObjectNode itemOf(EventRecord record) {
        ObjectNode item = json.valueToTree(record);
        item.path("figures").fields().forEachRemaining(figure -> {
            if (figure.getValue() instanceof ObjectNode node) {
                node.remove("claims");
            }
        });
        item.remove("sources");
        return item;
    }

    private static EventRecord withUpdatedAt(EventRecord r, Instant at) {
        return new EventRecord(r.id(), r.kind(), r.title(), r.date(), r.place(), r.concerns(), r.campaign(), r.summary(),
                r.actors(), r.relations(), r.figures(), r.sources(), at);
    }

    private static String searchText(EventRecord r) {
        StringBuilder text = new StringBuilder();
        for (String part : new String[] {r.title(), r.summary(), r.campaign(), r.place().city(), r.place().admin1(),
                r.place().venue(), r.place().countryCode()}) {
            if (part != null) {
                text.append(part).append(' ');
            }
        }
        r.actors().forEach(actor -> text.append(actor.name()).append(' '));
        return text.toString();
    }

    /** The record as it reads back from the database, so old and new compare like for like. */
    private JsonNode tree(EventRecord record) {
        return read(write(record));
    }

    private JsonNode read(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored record is unreadable", e);
        }
    }

    String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
