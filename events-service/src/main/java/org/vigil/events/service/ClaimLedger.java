package org.vigil.events.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.vigil.contracts.claims.InvalidClaimValue;
import org.vigil.contracts.events.ClaimApproved;
import org.vigil.contracts.events.ClaimRetracted;
import org.vigil.contracts.events.EventsMerged;
import org.vigil.contracts.events.PublisherRated;
import org.vigil.contracts.vocabulary.ClaimProperty;
import org.vigil.events.record.ApprovedClaim;
import org.vigil.events.record.TallyRecord;
import org.vigil.events.repository.ApprovedClaimRow;
import org.vigil.events.repository.EventRows;
import org.vigil.events.repository.TallyRows;
import org.vigil.events.service.PublicRecord.Cause;
import org.vigil.events.service.PublicRecord.Reason;

/**
 * What moderation decided, applied to the public record: approvals, retractions, merges and
 * publisher ratings. Each runs in the inbox's transaction of the message that carried it, as the
 * record's only writer at that moment ({@link EventRows#serialiseWriters()}).
 */
@ApplicationScoped
public class ClaimLedger {

    private static final Logger LOG = Logger.getLogger(ClaimLedger.class);

    @Inject
    PublicRecord record;

    @Inject
    EventRows rows;

    @Inject
    TallyRows tallies;

    @Inject
    ObjectMapper json;

    public Uni<Void> approve(ClaimApproved approved) {
        if (approved.property() == ClaimProperty.TALLY) {
            return keepTally(approved);
        }
        return rows.serialiseWriters()
                .chain(() -> ApprovedClaimRow.<ApprovedClaimRow>findById(approved.claimId()))
                .chain(known -> {
                    if (known != null) {
                        return known.retractedAt == null ? Uni.createFrom().voidItem() : restore(known, approved);
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
                    return rows.survivorOf(approved.eventId())
                            .chain(eventId -> {
                                row.eventId = eventId;
                                if (!eventId.equals(approved.eventId())) {
                                    row.absorbedAt =
                                            approved.approvedAt(); // approved for a duplicate merged away before
                                }
                                return row.persist();
                            })
                            .chain(() -> record.recompute(
                                    row.eventId,
                                    new Cause(
                                            Reason.APPROVAL,
                                            approved.property(),
                                            approved.claimId(),
                                            row.decisionIds,
                                            null)));
                });
    }

    /**
     * Moderators undid the claim's retraction (two of them agreed) and approved it again: it counts
     * again for the event it counted for when it was retracted, as of this approval, with the
     * evidence the approval carries. The event's history shows an update, or its re-creation when
     * the retraction had taken the event off the public record.
     */
    private Uni<Void> restore(ApprovedClaimRow row, ClaimApproved approved) {
        row.retractedAt = null;
        row.retractionReason = null;
        row.value = approved.value();
        row.citations = write(approved.citations());
        row.decisionIds = write(approved.decisionIds());
        row.approvedAt = approved.approvedAt();
        ObjectNode detail = json.createObjectNode().put("restored", true);
        return record.recompute(
                row.eventId, new Cause(Reason.APPROVAL, row.property, row.claimId, row.decisionIds, detail));
    }

    /**
     * A tally is about no event: it is kept apart, never in {@code approved_claim}, so no event and
     * no count of events ever includes it. One whose value breaks the rules is logged and dropped,
     * as an unreadable claim leaves an event's record.
     */
    private Uni<Void> keepTally(ClaimApproved approved) {
        TallyRecord tally;
        try {
            tally = TallyRecord.of(ApprovedClaim.from(approved));
        } catch (InvalidClaimValue e) {
            LOG.warnf("tally claim %s is unreadable and left out: %s", approved.claimId(), e.getMessage());
            return Uni.createFrom().voidItem();
        }
        return tallies.keep(tally);
    }

    public Uni<Void> retract(ClaimRetracted retracted) {
        return rows.serialiseWriters()
                .chain(() -> ApprovedClaimRow.<ApprovedClaimRow>findById(retracted.claimId()))
                .chain(row -> {
                    if (row == null) {
                        return tallies.retract(retracted.claimId(), retracted.retractedAt())
                                .replaceWithVoid();
                    }
                    if (row.retractedAt != null) {
                        return Uni.createFrom().voidItem();
                    }
                    row.retractedAt = retracted.retractedAt();
                    row.retractionReason = retracted.reason();
                    return record.recompute(
                            row.eventId,
                            new Cause(
                                    Reason.RETRACTION,
                                    row.property,
                                    row.claimId,
                                    write(List.of(retracted.decisionId())),
                                    reason(retracted.reason())));
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
        return rows.serialiseWriters()
                .chain(() -> rows.unmergedRevision(merged.merged()))
                .chain(current -> {
                    if (current == null) {
                        return Uni.createFrom().voidItem(); // unknown, or merged already
                    }
                    long revision = current + 1;
                    return rows.mergeInto(merged.merged(), merged.survivor(), revision)
                            .chain(() -> ApprovedClaimRow.update(
                                    "eventId = ?1, absorbedAt = ?3 where eventId = ?2",
                                    merged.survivor(),
                                    merged.merged(),
                                    mergedAt(merged)))
                            .chain(() -> record.merged(
                                    merged.merged(),
                                    revision,
                                    decisionIds,
                                    reason(merged.reason())
                                            .put("mergedInto", merged.survivor().toString())))
                            .chain(() -> record.recompute(
                                    merged.survivor(),
                                    new Cause(
                                            Reason.MERGE,
                                            null,
                                            null,
                                            decisionIds,
                                            reason(merged.reason())
                                                    .put(
                                                            "mergedFrom",
                                                            merged.merged().toString()))));
                });
    }

    private static Instant mergedAt(EventsMerged merged) {
        return merged.mergedAt() != null ? merged.mergedAt() : Instant.now();
    }

    /** A publisher's rating changed: every event citing it shows the new rating. */
    public Uni<Void> rate(PublisherRated rated) {
        String publisher = rated.publisherId().toString();
        ObjectNode detail = json.createObjectNode()
                .put("publisherId", publisher)
                .put("publisher", rated.name())
                .put("rating", rated.rating() == null ? null : rated.rating().wire());
        return rows.serialiseWriters()
                .chain(() -> ApprovedClaimRow.<ApprovedClaimRow>list("citations like ?1", "%" + publisher + "%"))
                .chain(claims -> {
                    Set<UUID> events = new LinkedHashSet<>();
                    for (ApprovedClaimRow row : claims) {
                        row.citations = rerated(row, rated);
                        if (row.retractedAt == null) {
                            events.add(row.eventId);
                        }
                    }
                    return Multi.createFrom()
                            .iterable(events)
                            .onItem()
                            .transformToUniAndConcatenate(eventId ->
                                    record.recompute(eventId, new Cause(Reason.RATING, null, null, null, detail)))
                            .collect()
                            .last()
                            .replaceWithVoid();
                });
    }

    /** The row's citations with the publisher's new name and rating wherever it is cited. */
    private String rerated(ApprovedClaimRow row, PublisherRated rated) {
        String publisher = rated.publisherId().toString();
        JsonNode citations;
        try {
            citations = json.readTree(row.citations);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored citations of claim " + row.claimId + " are unreadable", e);
        }
        for (JsonNode citation : citations) {
            if (publisher.equals(citation.path("publisherId").asText()) && citation instanceof ObjectNode cited) {
                cited.put("publisher", rated.name()).set("rating", json.valueToTree(rated.rating()));
            }
        }
        return write(citations);
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
