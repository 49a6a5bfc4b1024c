package org.vigil.moderation.decisions;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.vigil.contracts.vocabulary.ClaimProperty;
import org.vigil.moderation.audit.AuditAct;
import org.vigil.moderation.audit.AuditAction;
import org.vigil.moderation.audit.AuditLog;
import org.vigil.moderation.claims.Claim;
import org.vigil.moderation.claims.Proposal;
import org.vigil.moderation.duplicates.CompletedMerge;
import org.vigil.moderation.duplicates.EventMerging;
import org.vigil.moderation.identity.Account;
import org.vigil.moderation.publication.ClaimRetraction;

/**
 * Four eyes on the acts that can take a true event off the record or put a false one back (docs/product.md
 * §6): retracting an event (its existence claim), undoing any retraction, merging two events. The
 * first moderator to ask proposes the act; it applies when a second, different moderator asks for
 * the same act, which confirms it. Both are in the audit log: the proposal as {@code proposed}, the
 * act under its own name with the proposal's id. Retracting any other claim takes one moderator,
 * so that vandalism is reverted at once.
 *
 * <p>Everything that would refuse the act is checked when it is proposed as well as when it is
 * confirmed: a proposal nobody could confirm is not recorded.
 */
@ApplicationScoped
public class Proposals {

    @Inject
    AuditLog audit;

    @Inject
    ClaimRetraction retraction;

    @Inject
    EventMerging merging;

    @Inject
    Clock clock;

    /** Retracts a claim; an existence claim, which is its event, only with a second moderator. */
    @WithTransaction
    public Uni<ProposalOutcome<DecidedClaim>> retract(UUID claimId, String reason, Account moderator) {
        return audit.lockClaim(claimId).chain(() -> Claim.require(claimId)).chain(claim -> {
            if (claim.property != ClaimProperty.EXISTENCE) {
                return retraction
                        .retract(claimId, reason, moderator, null)
                        .map(retracted -> ProposalOutcome.applied(null, retracted));
            }
            // refuses now what the retraction itself would refuse: own claim, no reason, wrong status
            String recorded = claim.lifecycle(List.of())
                    .retract(moderator.subject(), reason)
                    .reason();
            return proposeOrConfirm(
                    Proposal.RETRACT,
                    claimId,
                    null,
                    recorded,
                    moderator,
                    confirmed -> retraction.retract(claimId, confirmed.reason, moderator, confirmed));
        });
    }

    /** Puts a retracted claim back on the record, once a second moderator confirms. */
    @WithTransaction
    public Uni<ProposalOutcome<DecidedClaim>> unretract(UUID claimId, String reason, Account moderator) {
        return audit.lockClaim(claimId).chain(() -> Claim.require(claimId)).chain(claim -> {
            String recorded = claim.lifecycle(List.of())
                    .unretract(moderator.subject(), reason)
                    .reason();
            return proposeOrConfirm(
                    Proposal.UNRETRACT,
                    claimId,
                    null,
                    recorded,
                    moderator,
                    confirmed -> retraction.unretract(claimId, confirmed, moderator));
        });
    }

    /**
     * Merges {@code merged} into {@code into} once a second moderator asks for the same merge; a
     * request to merge it elsewhere while one is proposed is refused ({@link ProposalDiffers}).
     */
    @WithTransaction
    public Uni<ProposalOutcome<CompletedMerge>> merge(UUID merged, UUID into, String reason, Account moderator) {
        return audit.lockEvents(merged, into)
                .chain(() -> merging.requireMergeable(merged, into, reason))
                .chain(() -> Proposal.open(Proposal.MERGE, merged))
                .invoke(open -> {
                    if (open != null && !open.intoEventId.equals(into)) {
                        throw new ProposalDiffers(open.intoEventId);
                    }
                })
                .chain(() -> proposeOrConfirm(
                        Proposal.MERGE,
                        merged,
                        into,
                        reason.strip(),
                        moderator,
                        confirmed -> merging.merge(merged, into, confirmed.reason, moderator, confirmed)));
    }

    private <T> Uni<ProposalOutcome<T>> proposeOrConfirm(
            String action,
            UUID subject,
            UUID into,
            String reason,
            Account moderator,
            Function<Proposal, Uni<T>> apply) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return Proposal.open(action, subject).chain(open -> {
            if (open == null) {
                Proposal proposal = Proposal.of(action, subject, into, reason, moderator, now);
                return proposal.persist()
                        .chain(() -> audit.append(new AuditAct(
                                now,
                                moderator.asModerator(),
                                AuditAction.PROPOSED,
                                subjectType(action),
                                subject.toString(),
                                details(proposal))))
                        .replaceWith(() -> ProposalOutcome.<T>proposed(proposal));
            }
            if (open.proposer.equals(moderator.subject())) {
                throw new OwnProposal();
            }
            open.confirm(moderator, now);
            return apply.apply(open).map(applied -> ProposalOutcome.applied(open, applied));
        });
    }

    private static String subjectType(String action) {
        return Proposal.MERGE.equals(action) ? "event" : "claim";
    }

    private static ObjectNode details(Proposal proposal) {
        ObjectNode details = JsonNodeFactory.instance
                .objectNode()
                .put("proposalId", proposal.id.toString())
                .put("act", proposal.action)
                .put("reason", proposal.reason);
        if (proposal.intoEventId != null) {
            details.put("into", proposal.intoEventId.toString());
        }
        return details;
    }
}
