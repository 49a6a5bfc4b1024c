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
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.vigil.contracts.vocabulary.ClaimProperty;
import org.vigil.moderation.audit.AuditAct;
import org.vigil.moderation.audit.AuditAction;
import org.vigil.moderation.audit.AuditLog;
import org.vigil.moderation.claims.Claim;
import org.vigil.moderation.claims.Decision;
import org.vigil.moderation.claims.EventFacts;
import org.vigil.moderation.claims.Report;
import org.vigil.moderation.duplicates.KnownEvents;
import org.vigil.moderation.duplicates.Reattachment;
import org.vigil.moderation.identity.Account;
import org.vigil.moderation.publication.ClaimPublication;
import org.vigil.problem.ProblemException;

/**
 * A moderator approves, rejects or asks for changes to a claim (docs/product.md §2, four eyes). The
 * {@link org.vigil.moderation.decisions.ClaimLifecycle} decides what the act does; this use case
 * records it, puts a claim that took effect into the public record, and appends the act to the
 * audit log, in one transaction.
 */
@ApplicationScoped
public class ClaimDecisions {

    @Inject
    AuditLog audit;

    @Inject
    ClaimPublication publication;

    @Inject
    KnownEvents events;

    @Inject
    Reattachment reattachment;

    @Inject
    Clock clock;

    @WithTransaction
    public Uni<DecidedClaim> decide(UUID claimId, ModeratorDecision request, Account moderator) {
        Verdict verdict = request.verdict();
        if (request.duplicateOf() != null && verdict != Verdict.APPROVE) {
            throw ProblemException.invalid("duplicateOf", "only an approval can name the event a proposal duplicates");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return audit.lockClaim(claimId, request.duplicateOf())
                .chain(() -> Claim.require(claimId))
                .chain(claim -> Decision.ofClaim(claim.id).chain(decisions -> {
                    DecisionOutcome outcome =
                            claim.lifecycle(decisions).decide(moderator.subject(), verdict, request.reason());
                    if (verdict == Verdict.APPROVE && claim.awaitsQuoteChecks()) {
                        throw new QuoteCheckPending();
                    }
                    return duplicateTarget(claim, request.duplicateOf())
                            .invoke(target -> requireAgreement(claim, decisions, target))
                            .chain(target -> record(claim, outcome, verdict, target, moderator, now));
                }));
    }

    private Uni<DecidedClaim> record(
            Claim claim, DecisionOutcome outcome, Verdict verdict, UUID duplicateOf, Account moderator, Instant now) {
        Decision decision = Decision.of(claim, moderator, verdict.wire(), outcome.reason(), now);
        decision.duplicateOf = duplicateOf;
        claim.follow(outcome.claim(), now);
        return decision.persist()
                .chain(() -> effect(claim, outcome, duplicateOf, now))
                .chain(() -> audit.append(AuditAct.onClaim(
                        now,
                        moderator.asModerator(),
                        AuditAction.DECIDED,
                        claim.id,
                        details(decision, outcome, claim))))
                .replaceWith(() -> DecidedClaim.decided(decision, claim, outcome));
    }

    private Uni<Void> effect(Claim claim, DecisionOutcome outcome, UUID duplicateOf, Instant now) {
        if (!outcome.tookEffect()) {
            return Uni.createFrom().voidItem();
        }
        return duplicateOf != null ? attachToDuplicate(claim, duplicateOf, now) : publication.tookEffect(claim, now);
    }

    /**
     * The proposal is the existing event {@code target}: its existence claim adds nothing to the
     * record, and every claim about the proposed event now belongs to the target, where those
     * already approved are published.
     */
    private Uni<Void> attachToDuplicate(Claim existence, UUID target, Instant now) {
        UUID proposed = existence.eventId;
        existence.duplicateOf = target;
        return events.factsOf(target)
                .chain(facts ->
                        reattachment.move(proposed, target, facts.orElseGet(() -> EventFacts.of(existence.value)), now))
                .chain(() -> publication.tookEffect(existence, now))
                .chain(() -> publication.publishHeld(target, now));
    }

    /** The existing event an approval names as what a proposal duplicates, checked; null for none. */
    private Uni<UUID> duplicateTarget(Claim claim, UUID duplicateOf) {
        if (duplicateOf == null) {
            return Uni.createFrom().nullItem();
        }
        if (claim.property != ClaimProperty.EXISTENCE) {
            throw ProblemException.invalid(
                    "duplicateOf", "only the existence claim of a proposed event can be a duplicate");
        }
        return Report.<Report>findById(claim.reportId)
                .invoke(report -> {
                    if (!report.proposesEvent) {
                        throw ProblemException.invalid("duplicateOf", "this report is about an existing event already");
                    }
                })
                .chain(() -> events.resolve(duplicateOf))
                // an event merged away resolves to its survivor, whose claims this approval settles
                .call(target -> audit.lockEvents(target))
                .call(target -> events.isPublished(target).invoke(published -> {
                    if (target.equals(claim.eventId) || !published) {
                        throw ProblemException.invalid("duplicateOf", "must name another event of the public record");
                    }
                }));
    }

    /** The approvals of one revision must agree on whether, and of which event, it is a duplicate. */
    private static void requireAgreement(Claim claim, List<Decision> decisions, UUID target) {
        decisions.stream()
                .filter(d -> d.revision == claim.revision && Decision.APPROVE.equals(d.decision))
                .filter(d -> !Objects.equals(d.duplicateOf, target))
                .findFirst()
                .ifPresent(earlier -> {
                    throw new ApprovalsDisagree(earlier.duplicateOf);
                });
    }

    private static ObjectNode details(Decision decision, DecisionOutcome outcome, Claim claim) {
        ObjectNode details = JsonNodeFactory.instance
                .objectNode()
                .put("decisionId", decision.id.toString())
                .put("decision", decision.decision)
                .put("reason", decision.reason)
                .put("revision", decision.revision)
                .put("effect", outcome.effect().name().toLowerCase(Locale.ROOT))
                .put("eventId", claim.eventId.toString());
        if (decision.duplicateOf != null) {
            details.put("duplicateOf", decision.duplicateOf.toString());
        }
        return details;
    }
}
