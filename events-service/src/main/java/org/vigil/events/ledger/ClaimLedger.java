package org.vigil.events.ledger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.vigil.contracts.events.ClaimApproved;
import org.vigil.contracts.events.ClaimRetracted;
import org.vigil.contracts.events.EventsMerged;
import org.vigil.contracts.events.PublisherRated;
import org.vigil.events.ledger.PublicRecord.Cause;
import org.vigil.events.ledger.PublicRecord.Reason;

/**
 * What moderation decided, applied to the public record: approvals, retractions, merges and
 * publisher ratings. Each runs in the inbox's transaction of the message that carried it, as the
 * record's only writer at that moment ({@link PublicRecord#serialise()}).
 */
@ApplicationScoped
public class ClaimLedger {

    private final PublicRecord record;
    private final ObjectMapper json;

    public ClaimLedger(PublicRecord record, ObjectMapper json) {
        this.record = record;
        this.json = json;
    }

    public Uni<Void> approve(ClaimApproved approved) {
        return record.serialise().chain(() -> ApprovedClaimRow.<ApprovedClaimRow>findById(approved.claimId())).chain(known -> {
            if (known != null) {
                return Uni.createFrom().voidItem();
            }
            ApprovedClaimRow row = new ApprovedClaimRow();
            row.claimId = approved.claimId();
            row.eventId = approved.eventId();
            row.originalEventId = approved.eventId();
            row.property = approved.property();
            row.value = approved.value();
            row.citations = write(approved.citations());
            row.decisionIds = write(approved.decisionIds());
            row.approvedAt = approved.approvedAt();
            return currentEventOf(approved.eventId())
                    .chain(eventId -> {
                        row.eventId = eventId;
                        return row.persist();
                    })
                    .chain(() -> record.recompute(row.eventId,
                            new Cause(Reason.APPROVAL, approved.property(), approved.claimId(), row.decisionIds, null)));
        });
    }

    public Uni<Void> retract(ClaimRetracted retracted) {
        return record.serialise().chain(() -> ApprovedClaimRow.<ApprovedClaimRow>findById(retracted.claimId())).chain(row -> {
            if (row == null || row.retractedAt != null) {
                return Uni.createFrom().voidItem();
            }
            row.retractedAt = retracted.retractedAt();
            row.retractionReason = retracted.reason();
            return record.recompute(row.eventId, new Cause(Reason.RETRACTION, row.property, row.claimId,
                    write(List.of(retracted.decisionId())), reason(retracted.reason())));
        });
    }

    /**
     * The duplicate points at the survivor from now on (so does anything already merged into the
     * duplicate), its claims count for the survivor, and both histories say so.
     */
    public Uni<Void> merge(EventsMerged merged) {
        if (merged.merged().equals(merged.survivor())) {
            return Uni.createFrom().voidItem();
        }
        String decisionIds = write(List.of(merged.decisionId()));
        return record.serialise()
                .chain(() -> Panache.getSession())
                .chain(session -> session
                        .createNativeQuery("select revision from event where id = ?1 and merged_into is null", Long.class)
                        .setParameter(1, merged.merged())
                        .getResultList()
                        .chain(revisions -> {
                            if (revisions.isEmpty()) {
                                return Uni.createFrom().voidItem(); // unknown, or merged already
                            }
                            long revision = revisions.get(0) + 1;
                            return session.createNativeQuery("""
                                            update event set merged_into = ?2, revision = ?3, updated_at = now() where id = ?1""")
                                    .setParameter(1, merged.merged())
                                    .setParameter(2, merged.survivor())
                                    .setParameter(3, revision)
                                    .executeUpdate()
                                    .chain(() -> session.createNativeQuery("update event set merged_into = ?2 where merged_into = ?1")
                                            .setParameter(1, merged.merged())
                                            .setParameter(2, merged.survivor())
                                            .executeUpdate())
                                    .chain(() -> ApprovedClaimRow.update("eventId = ?1 where eventId = ?2",
                                            merged.survivor(), merged.merged()))
                                    .chain(() -> record.change(merged.merged(), "merged", null, null, decisionIds, revision,
                                            reason(merged.reason()).put("mergedInto", merged.survivor().toString())))
                                    .chain(() -> record.recompute(merged.survivor(), new Cause(Reason.MERGE, null, null,
                                            decisionIds, reason(merged.reason()).put("mergedFrom", merged.merged().toString()))));
                        }));
    }

    /** A publisher's rating changed: every event citing it shows the new rating. */
    public Uni<Void> rate(PublisherRated rated) {
        String publisher = rated.publisherId().toString();
        ObjectNode detail = json.createObjectNode().put("publisherId", publisher).put("publisher", rated.name())
                .put("rating", rated.rating() == null ? null : rated.rating().wire());
        return record.serialise()
                .chain(() -> ApprovedClaimRow.<ApprovedClaimRow>list("citations like ?1", "%" + publisher + "%"))
                .chain(rows -> {
                    Set<UUID> events = new LinkedHashSet<>();
                    for (ApprovedClaimRow row : rows) {
                        row.citations = write(record.claim(row).citations().stream()
                                .map(c -> publisher.equals(String.valueOf(c.publisherId()))
                                        ? new ClaimApproved.Citation(c.sourceId(), c.sourceUrl(), c.sourceTitle(), c.exact(),
                                                c.start(), c.end(), c.publisherId(), rated.name(), rated.rating())
                                        : c)
                                .toList());
                        if (row.retractedAt == null) {
                            events.add(row.eventId);
                        }
                    }
                    return Multi.createFrom().iterable(events)
                            .onItem().transformToUniAndConcatenate(eventId -> record.recompute(eventId,
                                    new Cause(Reason.RATING, null, null, null, detail)))
                            .collect().last().replaceWithVoid();
                });
    }

    /** A claim for an event that was merged away counts for the survivor. */
    private static Uni<UUID> currentEventOf(UUID eventId) {
        return Panache.getSession().chain(session -> session
                .createNativeQuery("select merged_into from event where id = ?1 and merged_into is not null", UUID.class)
                .setParameter(1, eventId)
                .getResultList()
                .map(survivors -> survivors.isEmpty() ? eventId : survivors.get(0)));
    }

    private ObjectNode reason(String reason) {
        ObjectNode detail = json.createObjectNode();
        if (reason != null) {
            detail.put("reason", reason);
        }
        return detail;
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
