package org.vigil.moderation.duplicates;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.vigil.contracts.events.EventsMerged;
import org.vigil.contracts.vocabulary.ClaimProperty;
import org.vigil.messaging.Outbox;
import org.vigil.moderation.audit.AuditAct;
import org.vigil.moderation.audit.AuditAction;
import org.vigil.moderation.audit.AuditLog;
import org.vigil.moderation.claims.EventMerge;
import org.vigil.moderation.claims.Proposal;
import org.vigil.moderation.identity.Account;
import org.vigil.moderation.publication.Cardinality;
import org.vigil.moderation.publication.ClaimPublication;
import org.vigil.moderation.publication.ProposalDetails;
import org.vigil.problem.ProblemException;

/**
 * Two moderators find two public events to be one (one proposes, another confirms; see
 * {@code Proposals}) and the duplicate is merged into the survivor:
 * {@code EventsMerged} tells the public record, which points the merged event at the survivor and
 * records the merge in its change feed. Here, every report and claim about the merged event moves
 * to the survivor, and single-valued properties settle over the union ("newest wins", as the
 * record computes it). Later reports naming the merged event go to the survivor.
 */
@ApplicationScoped
public class EventMerging {

    @Inject
    Outbox outbox;

    @Inject
    AuditLog audit;

    @Inject
    KnownEvents events;

    @Inject
    Reattachment reattachment;

    @Inject
    ClaimPublication publication;

    @Inject
    Clock clock;

    /**
     * Merges {@code merged} into {@code survivor}; {@code confirmed} is the proposal a second
     * moderator just confirmed. Joins the caller's transaction.
     */
    @WithTransaction
    public Uni<CompletedMerge> merge(UUID merged, UUID survivor, String reason, Account moderator, Proposal confirmed) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return audit.lockEvents(merged, survivor)
                .chain(() -> requireMergeable(merged, survivor, reason))
                .replaceWith(() -> EventMerge.of(merged, survivor, moderator, reason, now))
                .chain(merge -> events.factsOf(survivor)
                        .chain(facts -> facts.isEmpty()
                                ? Uni.createFrom()
                                        .failure(
                                                ProblemException.conflict("event " + survivor + " is no longer public"))
                                : reattachment.move(merged, survivor, facts.get(), now))
                        .chain(moved -> merge.persist()
                                .chain(() -> settleAll(survivor, now))
                                .chain(() ->
                                        outbox.publish(new EventsMerged(merged, survivor, merge.id, merge.reason, now)))
                                .chain(() -> audit.append(new AuditAct(
                                        now,
                                        moderator.asModerator(),
                                        AuditAction.MERGED,
                                        "event",
                                        merged.toString(),
                                        ProposalDetails.of(confirmed)
                                                .put("decisionId", merge.id.toString())
                                                .put("into", survivor.toString())
                                                .put("reason", merge.reason)
                                                .put("claimsMoved", moved.size()))))
                                .replaceWith(new CompletedMerge(merge, moved.size()))));
    }

    /**
     * Fails unless {@code merged} can be merged into {@code survivor} now: two different public
     * events, neither merged already, and a reason.
     */
    public Uni<Void> requireMergeable(UUID merged, UUID survivor, String reason) {
        if (merged.equals(survivor)) {
            return Uni.createFrom().failure(ProblemException.invalid("into", "an event cannot be merged into itself"));
        }
        if (reason == null || reason.isBlank()) {
            return Uni.createFrom().failure(ProblemException.invalid("reason", "a merge needs a reason"));
        }
        return requirePublic(merged, "event " + merged)
                .chain(() -> requirePublic(survivor, "event " + survivor))
                .chain(() -> events.wasMerged(merged))
                .invoke(done -> {
                    if (done) {
                        throw ProblemException.conflict("event " + merged + " was merged already");
                    }
                })
                .chain(() -> events.wasMerged(survivor))
                .invoke(done -> {
                    if (done) {
                        throw ProblemException.conflict(
                                "event " + survivor + " was merged into another; merge into that one");
                    }
                })
                .replaceWithVoid();
    }

    private Uni<Void> requirePublic(UUID eventId, String what) {
        return events.isPublished(eventId)
                .invoke(published -> {
                    if (!published) {
                        throw ProblemException.notFound(what);
                    }
                })
                .replaceWithVoid();
    }

    private Uni<Void> settleAll(UUID eventId, Instant at) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (ClaimProperty property : List.of(ClaimProperty.values())) {
            if (Cardinality.of(property) == Cardinality.SINGLE) {
                chain = chain.chain(() -> publication.settle(eventId, property, at));
            }
        }
        return chain;
    }
}
