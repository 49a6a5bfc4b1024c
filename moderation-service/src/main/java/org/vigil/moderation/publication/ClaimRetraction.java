package org.vigil.moderation.publication;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.vigil.contracts.events.ClaimRetracted;
import org.vigil.messaging.Outbox;
import org.vigil.moderation.audit.AuditAct;
import org.vigil.moderation.audit.AuditAction;
import org.vigil.moderation.audit.AuditLog;
import org.vigil.moderation.claims.Claim;
import org.vigil.moderation.claims.Decision;
import org.vigil.moderation.claims.Proposal;
import org.vigil.moderation.decisions.DecidedClaim;
import org.vigil.moderation.decisions.DecisionOutcome;
import org.vigil.moderation.identity.Account;

/**
 * A moderator withdraws an approved claim from the public record, with a reason: the record is
 * computed again without it ({@code ClaimRetracted}), and for a single-valued property the claim
 * it had superseded stands again. A retraction is undone the same way, once a second moderator
 * confirmed it: the claim stands again and is published anew ({@code ClaimApproved}).
 */
@ApplicationScoped
public class ClaimRetraction {

    @Inject
    Outbox outbox;

    @Inject
    AuditLog audit;

    @Inject
    ClaimPublication publication;

    @Inject
    Clock clock;

    /**
     * Retracts at once; {@code confirmed} is the proposal a second moderator just confirmed, when the
     * retraction took two (an event's), or null. Joins the caller's transaction.
     */
    @WithTransaction
    public Uni<DecidedClaim> retract(UUID claimId, String reason, Account moderator, Proposal confirmed) {
        Instant now = now();
        return audit.lockClaim(claimId).chain(() -> Claim.require(claimId)).chain(claim -> {
            DecisionOutcome outcome = claim.lifecycle(List.of()).retract(moderator.subject(), reason);
            Decision decision = Decision.of(claim, moderator, Decision.RETRACT, outcome.reason(), now);
            claim.follow(outcome.claim(), now);
            Supplier<Uni<?>> announced = () -> claim.isPublished()
                    ? outbox.publish(new ClaimRetracted(claim.id, claim.eventId, decision.id, decision.reason, now))
                    : Uni.createFrom().voidItem();
            return recorded(decision, claim, announced, AuditAction.RETRACTED, moderator, confirmed)
                    .replaceWith(() -> DecidedClaim.retracted(decision, claim));
        });
    }

    /** Undoes a retraction a second moderator just {@code confirmed}. Runs in the confirming transaction. */
    public Uni<DecidedClaim> unretract(UUID claimId, Proposal confirmed, Account moderator) {
        Instant now = now();
        return Claim.require(claimId).chain(claim -> {
            DecisionOutcome outcome = claim.lifecycle(List.of()).unretract(moderator.subject(), confirmed.reason);
            Decision decision = Decision.of(claim, moderator, Decision.UNRETRACT, outcome.reason(), now);
            claim.follow(outcome.claim(), now);
            return recorded(
                            decision,
                            claim,
                            () -> publication.restore(claim, now),
                            AuditAction.UNRETRACTED,
                            moderator,
                            confirmed)
                    .replaceWith(() -> DecidedClaim.restored(decision, claim));
        });
    }

    /**
     * What a retraction and its undoing both do once the claim moved: store the decision, tell the
     * record ({@code announced}), settle the property's statuses and write the act to the audit log.
     */
    private Uni<Void> recorded(
            Decision decision,
            Claim claim,
            Supplier<Uni<?>> announced,
            AuditAction action,
            Account moderator,
            Proposal confirmed) {
        Instant at = decision.decidedAt;
        return decision.persist()
                .chain(() -> announced.get())
                .chain(() -> publication.settle(claim.eventId, claim.property, at))
                .chain(() -> audit.append(AuditAct.onClaim(
                        at,
                        moderator.asModerator(),
                        action,
                        claim.id,
                        ProposalDetails.ofDecision(confirmed, decision, claim))))
                .replaceWithVoid();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
