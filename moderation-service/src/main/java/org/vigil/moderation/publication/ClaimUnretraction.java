package org.vigil.moderation.publication;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
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
 * A retraction is undone, once a second moderator confirmed it: the claim stands again and is
 * published anew ({@code ClaimApproved}). Runs in the confirming transaction.
 */
@ApplicationScoped
public class ClaimUnretraction {

    @Inject
    AuditLog audit;

    @Inject
    ClaimPublication publication;

    @Inject
    Clock clock;

    public Uni<DecidedClaim> unretract(UUID claimId, Proposal confirmed, Account moderator) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return Claim.require(claimId).chain(claim -> {
            DecisionOutcome outcome = claim.lifecycle(List.of()).unretract(moderator.subject(), confirmed.reason);
            Decision decision = Decision.of(claim, moderator, Decision.UNRETRACT, outcome.reason(), now);
            claim.follow(outcome.claim(), now);
            return decision.persist()
                    .chain(() -> publication.restore(claim, now))
                    .chain(() -> publication.settle(claim.eventId, claim.property, now))
                    .chain(() -> audit.append(AuditAct.onClaim(
                            now,
                            moderator.asModerator(),
                            AuditAction.UNRETRACTED,
                            claim.id,
                            ProposalDetails.ofDecision(confirmed, decision, claim))))
                    .replaceWith(() -> DecidedClaim.restored(decision, claim));
        });
    }
}
