package org.vigil.events.ledger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import org.vigil.contracts.events.ClaimApproved;
import org.vigil.contracts.events.EventPublished;
import org.vigil.events.record.ApprovedClaim;
import org.vigil.events.record.EventClaims;
import org.vigil.events.record.EventRecord;
import org.vigil.messaging.Outbox;

/**
 * Recomputes an event's public record from its approved claims and writes it, with a change row
 * for the history and the change feed and an EventPublished for the other services. Runs in the
 * caller's transaction.
 */
@ApplicationScoped
public class PublicRecord {

    /** What caused a recomputation, for the change row. */
    public record Cause(String change, String field, UUID claimId, String decisionIds, String reason) {}

    private static final TypeReference<List<ClaimApproved.Citation>> CITATIONS = new TypeReference<>() {};

    private final ObjectMapper json;
    private final Outbox outbox;
    private final Clock clock;

    public PublicRecord(ObjectMapper json, Outbox outbox, Clock clock) {
        this.json = json;
        this.outbox = outbox;
        this.clock = clock;
    }

    public Uni<Void> recompute(UUID eventId, Cause cause) {
        return ApprovedClaimRow.<ApprovedClaimRow>list("eventId = ?1 and retractedAt is null", eventId)
                .chain(rows -> {
                    Optional<EventRecord> record = EventClaims.of(eventId, rows.stream().map(this::claim).toList()).record();
                    return Panache.getSession().chain(session -> session
                            .createNativeQuery("select revision from event where id = ?1", Long.class)
                            .setParameter(1, eventId)
                            .getResultList()
                            .chain(revisions -> {
                                boolean known = !revisions.isEmpty();
                                long revision = known ? revisions.get(0) + 1 : 1;
                                if (record.isPresent()) {
                                    String change = known ? cause.change() : "created";
                                    return write(record.get(), revision, known)
                                            .chain(() -> change(eventId, change, cause, itemOf(record.get())))
                                            .chain(() -> announce(record.get(), revision, false));
                                }
                                if (known) {
                                    return retract(eventId, revision, cause);
                                }
                                return Uni.createFrom().voidItem(); // not public yet: its existence is not approved
                            }));
                });
    }

    private Uni<Void> write(EventRecord record, long revision, boolean known) {
        Instant now = now();
        String sql = known
                ? """
                  update event set kind = ?2, title = ?3, start_date = ?4, end_date = ?5, sort_date = ?6, country_code = ?7,
                      city = ?8, lat = ?9, lon = ?10, campaign = ?11, attendance = ?12, record = cast(?13 as jsonb),
                      item = cast(?14 as jsonb), search = to_tsvector('simple', ?15), updated_at = ?16, revision = ?17,
                      retracted_at = null
                  where id = ?1"""
                : """
                  insert into event (id, kind, title, start_date, end_date, sort_date, country_code, city, lat, lon, campaign,
                      attendance, record, item, search, updated_at, revision, published_at)
                  values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, cast(?13 as jsonb), cast(?14 as jsonb),
                      to_tsvector('simple', ?15), ?16, ?17, ?16)""";
        EventRecord stamped = withUpdatedAt(record, now);
        LocalDate start = stamped.start();
        LocalDate end = stamped.end();
        return Panache.getSession().chain(session -> session.createNativeQuery(sql)
                .setParameter(1, record.id())
                .setParameter(2, record.kind().wire())
                .setParameter(3, record.title())
                .setParameter(4, start)
                .setParameter(5, end)
                .setParameter(6, start != null ? start : end != null ? end : LocalDate.of(1, 1, 1))
                .setParameter(7, record.place().countryCode())
                .setParameter(8, record.place().city())
                .setParameter(9, record.place().lat())
                .setParameter(10, record.place().lon())
                .setParameter(11, record.campaign())
                .setParameter(12, record.figures().attendance() == null ? null : record.figures().attendance().low())
                .setParameter(13, write(stamped))
                .setParameter(14, write(itemOf(stamped)))
                .setParameter(15, searchText(stamped))
                .setParameter(16, now)
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
                .chain(() -> change(eventId, "retracted", cause, json.createObjectNode().put("id", eventId.toString())))
                .chain(() -> outbox.publish(new EventPublished(eventId, revision, null, null, null, null, null, null,
                        null, null, true)))
                .replaceWithVoid();
    }

    /** Appends a row to the history and the change feed. */
    public Uni<Void> change(UUID eventId, String change, Cause cause, ObjectNode detail) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        insert into event_change (event_id, change, field, claim_id, decision_ids, detail, occurred_at)
                        values (?1, ?2, ?3, ?4, ?5, cast(?6 as jsonb), ?7)""")
                .setParameter(1, eventId)
                .setParameter(2, change)
                .setParameter(3, cause.field())
                .setParameter(4, cause.claimId())
                .setParameter(5, cause.decisionIds())
                .setParameter(6, write(cause.reason() == null ? detail : detail.deepCopy().put("reason", cause.reason())))
                .setParameter(7, now())
                .executeUpdate()).replaceWithVoid();
    }

    private Uni<Void> announce(EventRecord record, long revision, boolean retracted) {
        return outbox.publish(new EventPublished(record.id(), revision, record.kind(), record.title(),
                        record.start() == null ? null : record.start().toString(),
                        record.end() == null ? null : record.end().toString(),
                        record.place().countryCode(), record.place().city(), record.place().lat(), record.place().lon(),
                        retracted))
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

    private String write(Object value) {
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
