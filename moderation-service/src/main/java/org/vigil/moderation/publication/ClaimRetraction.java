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
 * it had superseded stands again.
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
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return audit.lock().chain(() -> Claim.require(claimId)).chain(claim -> {
            DecisionOutcome outcome = claim.lifecycle(List.of()).retract(moderator.subject(), reason);
            Decision decision = Decision.of(claim, moderator, Decision.RETRACT, outcome.reason(), now);
            claim.follow(outcome.claim(), now);
            Uni<?> announced = claim.isPublished()
                    ? outbox.publish(new ClaimRetracted(claim.id, claim.eventId, decision.id, decision.reason, now))
                    : Uni.createFrom().voidItem();
            return decision.persist()
                    .chain(() -> announced)
                    .chain(() -> publication.settle(claim.eventId, claim.property, now))
                    .chain(() -> audit.append(AuditAct.onClaim(
                            now,
                            moderator.asModerator(),
                            AuditAction.RETRACTED,
                            claim.id,
                            ProposalDetails.ofDecision(confirmed, decision, claim))))
                    .replaceWith(() -> DecidedClaim.retracted(decision, claim));
        });
    }
}
