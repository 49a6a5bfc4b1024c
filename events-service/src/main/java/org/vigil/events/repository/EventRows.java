package org.vigil.events.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.vigil.contracts.claims.Place;
import org.vigil.events.export.ExportRendering;
import org.vigil.events.query.SearchText;
import org.vigil.events.record.EventRecord;

/**
 * Every write to {@code event} and {@code event_change}, and the reads the writers make inside
 * their transaction. Hand-written SQL (docs/decisions/0004-hand-written-sql.md): the columns are
 * derived from the stored document, the JSON goes in as text, and all of it happens under one
 * advisory lock. Runs in the caller's transaction, through its session.
 */
@ApplicationScoped
public class EventRows {

    /** The advisory lock every writer of the public record holds until it commits (see {@link #serialiseWriters()}). */
    public static final long RECORD_LOCK = 0x7669_6769_6c00_0001L;

    // JSON goes in as text and is cast in SQL: the reactive driver would bind a string for a
    // jsonb parameter as a JSON string.
    private static final String UPDATE = """
            update event set kind = :kind, title = :title, start_date = :start, end_date = :end, sort_date = :sortDate,
                country_code = :countryCode, targets = cast(:targets as text[]), city = :city, lat = :lat, lon = :lon,
                campaign = :campaign,
                attendance = :attendance, record = cast(cast(:record as text) as jsonb),
                item = cast(cast(:item as text) as jsonb), search = to_tsvector('simple', :search),
                export_csv = :exportCsv, export_feature = :exportFeature, export_rules = :exportRules,
                updated_at = :updatedAt, revision = :revision, retracted_at = null
            where id = :id""";

    private static final String INSERT = """
            insert into event (id, kind, title, start_date, end_date, sort_date, country_code, targets, city, lat, lon,
                campaign, attendance, record, item, search, export_csv, export_feature, export_rules, updated_at, revision,
                published_at)
            values (:id, :kind, :title, :start, :end, :sortDate, :countryCode, cast(:targets as text[]), :city, :lat, :lon,
                :campaign, :attendance,
                cast(cast(:record as text) as jsonb), cast(cast(:item as text) as jsonb), to_tsvector('simple', :search),
                :exportCsv, :exportFeature, :exportRules, :updatedAt, :revision, :updatedAt)""";

    /** The event as stored before a change: its revision, its document as text, whether it was retracted. */
    public record Stored(long revision, String record, boolean retracted) {}

    /**
     * A row of the history and the change feed.
     *
     * @param change what happened ({@code created}, {@code field_changed}, … see {@code PublicRecord})
     * @param field the claim's property, or {@code null}
     * @param decisionIds JSON array of the decision ids behind it, or {@code null}
     */
    public record Change(
            UUID eventId,
            String change,
            String field,
            UUID claimId,
            String decisionIds,
            Long revision,
            ObjectNode detail,
            Instant occurredAt) {}

    @Inject
    ObjectMapper json;

    /**
     * Makes the calling transaction the only writer of the public record until it commits. Change
     * positions are taken from a sequence when rows are inserted but become visible at commit;
     * without this, a reader of the change feed could see position 11 committed before 10 and
     * move its cursor past 10 for good. Decisions arrive at a human pace, so one writer at a time
     * costs nothing, and taking this lock first also rules out deadlocks between writers.
     */
    public Uni<Void> serialiseWriters() {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "select 1 from (select pg_advisory_xact_lock(:lock)) locked", Integer.class)
                        .setParameter("lock", RECORD_LOCK)
                        .getSingleResult())
                .replaceWithVoid();
    }

    /** The event as stored, or {@code null} when it was never public. */
    public Uni<Stored> stored(UUID eventId) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "select revision, record::text, retracted_at is not null from event where id = :id",
                                Object[].class)
                        .setParameter("id", eventId)
                        .getResultList()
                        .map(rows -> {
                            if (rows.isEmpty()) {
                                return null;
                            }
                            Object[] row = rows.get(0);
                            return new Stored(((Number) row[0]).longValue(), (String) row[1], (Boolean) row[2]);
                        }));
    }

    /**
     * Stores the event's public document at {@code revision}, with the columns reads filter on, its
     * list item, its search text and its export rendering; {@code known} when a row exists already
     * (public or retracted).
     */
    public Uni<Void> save(EventRecord record, long revision, boolean known) {
        LocalDate start = record.start();
        LocalDate end = record.end();
        ExportRendering rendering = ExportRendering.of(record);
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(known ? UPDATE : INSERT)
                        .setParameter("id", record.id())
                        .setParameter("kind", record.kind().wire())
                        .setParameter("title", record.title())
                        .setParameter("start", start)
                        .setParameter("end", end)
                        .setParameter("sortDate", start != null ? start : end)
                        .setParameter("countryCode", countedIn(record.place()))
                        .setParameter("targets", record.place().targets().toArray(String[]::new))
                        .setParameter("city", record.place().city())
                        .setParameter("lat", record.place().lat())
                        .setParameter("lon", record.place().lon())
                        .setParameter("campaign", record.campaign())
                        .setParameter(
                                "attendance",
                                record.figures().attendance() == null
                                        ? null
                                        : record.figures().attendance().low())
                        .setParameter("record", write(record))
                        .setParameter("item", write(itemOf(record)))
                        .setParameter("search", SearchText.normalise(searchText(record)))
                        .setParameter("exportCsv", rendering.csv())
                        .setParameter("exportFeature", rendering.feature())
                        .setParameter("exportRules", ExportRendering.RULES)
                        .setParameter("updatedAt", record.updatedAt())
                        .setParameter("revision", revision)
                        .executeUpdate())
                .replaceWithVoid();
    }

    /**
     * Where the event is counted: its country, or for an incident with no place on a map its scope
     * ({@code online}, {@code transnational}), never taken for a country (V4__incidents_tallies.sql).
     */
    static String countedIn(Place place) {
        return place.isScoped() ? place.scope().wire() : place.countryCode();
    }

    /** The event leaves the public record at {@code revision}; its row stays for its history. */
    public Uni<Void> retract(UUID eventId, Instant at, long revision) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "update event set retracted_at = :at, revision = :revision, updated_at = :at where id = :id")
                        .setParameter("id", eventId)
                        .setParameter("at", at)
                        .setParameter("revision", revision)
                        .executeUpdate())
                .replaceWithVoid();
    }

    /** The revision of an event not merged away, or {@code null} when it is unknown or merged already. */
    public Uni<Long> unmergedRevision(UUID eventId) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "select revision from event where id = :id and merged_into is null", Long.class)
                        .setParameter("id", eventId)
                        .getResultList()
                        .map(revisions -> revisions.isEmpty() ? null : revisions.get(0)));
    }

    /** {@code merged} points at {@code survivor} from {@code revision} on, and so does anything merged into it before. */
    public Uni<Void> mergeInto(UUID merged, UUID survivor, long revision) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "update event set merged_into = :survivor, revision = :revision, updated_at = now() where id = :merged")
                        .setParameter("merged", merged)
                        .setParameter("survivor", survivor)
                        .setParameter("revision", revision)
                        .executeUpdate()
                        .chain(() -> session.createNativeQuery(
                                        "update event set merged_into = :survivor where merged_into = :merged")
                                .setParameter("merged", merged)
                                .setParameter("survivor", survivor)
                                .executeUpdate()))
                .replaceWithVoid();
    }

    /** The event a claim for {@code eventId} counts for: the survivor when it was merged away, else itself. */
    public Uni<UUID> survivorOf(UUID eventId) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "select merged_into from event where id = :id and merged_into is not null", UUID.class)
                        .setParameter("id", eventId)
                        .getResultList()
                        .map(survivors -> survivors.isEmpty() ? eventId : survivors.get(0)));
    }

    /**
     * Appends a row to the history and the change feed, visible at commit. Its position is the
     * highest one plus one: the caller holds {@link #serialiseWriters()}, so no other writer takes
     * the same, and one that rolls back leaves no hole behind.
     */
    public Uni<Void> append(Change change) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery("""
                        insert into event_change (position, event_id, change, field, claim_id, decision_ids, revision, detail,
                            occurred_at)
                        values ((select coalesce(max(position), 0) + 1 from event_change), :eventId, :change, :field, :claimId,
                            :decisionIds, :revision, cast(cast(:detail as text) as jsonb), :occurredAt)""")
                        .setParameter("eventId", change.eventId())
                        .setParameter("change", change.change())
                        .setParameter("field", change.field())
                        .setParameter("claimId", change.claimId())
                        .setParameter("decisionIds", change.decisionIds())
                        .setParameter("revision", change.revision())
                        .setParameter("detail", write(change.detail()))
                        .setParameter("occurredAt", change.occurredAt())
                        .executeUpdate())
                .replaceWithVoid();
    }

    /** The list item: the event without each figure's claims, nor its sources. */
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

    private static String searchText(EventRecord r) {
        StringBuilder text = new StringBuilder();
        for (String part : new String[] {
            r.title(),
            r.summary(),
            r.campaign(),
            r.place().city(),
            r.place().admin1(),
            r.place().venue(),
            r.place().countryCode()
        }) {
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
}
