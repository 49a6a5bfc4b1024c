package org.vigil.events.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.vigil.contracts.claims.ClaimValues;
import org.vigil.contracts.events.ClaimApproved;
import org.vigil.contracts.events.EventPublished;
import org.vigil.contracts.vocabulary.ClaimProperty;
import org.vigil.events.record.ApprovedClaim;
import org.vigil.events.record.EventClaims;
import org.vigil.events.record.EventRecord;
import org.vigil.events.record.RecordDiff;
import org.vigil.events.repository.ApprovedClaimRow;
import org.vigil.events.repository.EventRows;
import org.vigil.events.repository.EventRows.Change;
import org.vigil.events.repository.EventRows.Stored;
import org.vigil.messaging.Outbox;

/**
 * Recomputes an event's public record from its approved claims and writes it, with a change row
 * for the history and the change feed saying precisely what changed, and an EventPublished for
 * the other services. Runs in the caller's transaction, after {@link EventRows#serialiseWriters()};
 * {@link EventRows} does the storing.
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
    public enum Reason {
        APPROVAL,
        RETRACTION,
        MERGE,
        RATING
    }

    /**
     * What caused a recomputation, for the change row.
     *
     * @param property the claim's property, or {@code null}
     * @param decisionIds JSON array of the decision ids behind it, or {@code null}
     * @param detail what the row says besides the changes (a reason, the merged event), or {@code null}
     */
    public record Cause(Reason reason, ClaimProperty property, UUID claimId, String decisionIds, ObjectNode detail) {}

    private static final TypeReference<List<ClaimApproved.Citation>> CITATIONS = new TypeReference<>() {};

    @Inject
    EventRows rows;

    @Inject
    ObjectMapper json;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    public Uni<Void> recompute(UUID eventId, Cause cause) {
        return ApprovedClaimRow.<ApprovedClaimRow>list("eventId = ?1 and retractedAt is null", eventId)
                .chain(claims -> {
                    Optional<EventRecord> record = EventClaims.of(
                                    eventId, claims.stream().map(this::claim).toList())
                            .record();
                    return rows.stored(eventId).chain(stored -> {
                        long revision = stored == null ? 1 : stored.revision() + 1;
                        boolean wasPublic = stored != null && !stored.retracted();
                        if (record.isPresent()) {
                            EventRecord stamped = record.get().withUpdatedAt(now());
                            JsonNode after = tree(stamped);
                            ArrayNode changes = RecordDiff.between(wasPublic ? read(stored.record()) : null, after);
                            String change = wasPublic ? changeOf(cause, changes) : "created";
                            return rows.save(stamped, revision, stored != null)
                                    .chain(() -> change(eventId, change, cause, revision, changes))
                                    .chain(() -> outbox.publish(
                                            EventPublished.published(eventId, revision, outlineOf(stamped))))
                                    .replaceWithVoid();
                        }
                        if (wasPublic) {
                            return retract(stored, eventId, revision, cause);
                        }
                        return Uni.createFrom().voidItem(); // not public: its existence is not (or no longer) approved
                    });
                });
    }

    /** The history of {@code eventId} says it now points at the event it was merged into. */
    public Uni<Void> merged(UUID eventId, long revision, String decisionIds, ObjectNode detail) {
        return rows.append(new Change(eventId, "merged", null, null, decisionIds, revision, detail, now()));
    }

    private static String changeOf(Cause cause, ArrayNode changes) {
        return switch (cause.reason()) {
            case APPROVAL ->
                cause.property() != null && ClaimValues.isFigure(cause.property())
                        ? "figure_changed"
                        : changes.isEmpty() ? "claim_approved" : "field_changed";
            case RETRACTION -> "claim_retracted";
            case MERGE -> "absorbed";
            case RATING -> "rating_changed";
        };
    }

    /** Moderation's projection needs the kind (and keeps the rest) of a retracted event: announce its last outline. */
    private Uni<Void> retract(Stored stored, UUID eventId, long revision, Cause cause) {
        EventRecord lastKnown = readRecord(stored.record());
        return rows.retract(eventId, now(), revision)
                .chain(() -> change(eventId, "retracted", cause, revision, json.createArrayNode()))
                .chain(() -> outbox.publish(EventPublished.retracted(eventId, revision, outlineOf(lastKnown))))
                .replaceWithVoid();
    }

    private Uni<Void> change(UUID eventId, String change, Cause cause, long revision, ArrayNode changes) {
        ObjectNode detail = cause.detail() == null
                ? json.createObjectNode()
                : cause.detail().deepCopy();
        detail.set("changes", changes);
        String field = cause.property() == null ? null : cause.property().wire();
        return rows.append(
                new Change(eventId, change, field, cause.claimId(), cause.decisionIds(), revision, detail, now()));
    }

    static EventPublished.Outline outlineOf(EventRecord record) {
        return new EventPublished.Outline(
                record.kind(),
                record.title(),
                record.start() == null ? null : record.start().toString(),
                record.end() == null ? null : record.end().toString(),
                record.place().countryCode(),
                record.place().city(),
                record.place().lat(),
                record.place().lon());
    }

    ApprovedClaim claim(ApprovedClaimRow row) {
        try {
            return new ApprovedClaim(
                    row.claimId,
                    row.property,
                    row.value,
                    json.readValue(row.citations, CITATIONS),
                    row.approvedAt,
                    row.absorbedAt);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored citations of claim " + row.claimId + " are unreadable", e);
        }
    }

    /** The record as it reads back from the database, so old and new compare like for like. */
    private JsonNode tree(EventRecord record) {
        try {
            return read(json.writeValueAsString(record));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode read(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored record is unreadable", e);
        }
    }

    private EventRecord readRecord(String text) {
        try {
            return json.readValue(text, EventRecord.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored record is unreadable", e);
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
