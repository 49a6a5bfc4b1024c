package org.vigil.moderation.reports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.vigil.contracts.events.ReportSubmitted;
import org.vigil.contracts.problem.FieldError;
import org.vigil.contracts.vocabulary.ClaimProperty;
import org.vigil.contracts.vocabulary.EventKind;
import org.vigil.messaging.Outbox;
import org.vigil.moderation.audit.AuditAct;
import org.vigil.moderation.audit.AuditAction;
import org.vigil.moderation.audit.AuditLog;
import org.vigil.moderation.claims.Claim;
import org.vigil.moderation.claims.ClaimRevision;
import org.vigil.moderation.claims.Decision;
import org.vigil.moderation.claims.EventFacts;
import org.vigil.moderation.decisions.Sensitivity;
import org.vigil.moderation.identity.Account;
import org.vigil.moderation.sources.CitedSources;
import org.vigil.moderation.sources.KnownSources;
import org.vigil.problem.ProblemException;

/**
 * The author revises an open claim: a new revision, pending again with no approvals, the earlier
 * revisions kept. Its new citations are announced to the evidence store as the claim's report
 * again (with only this claim), numbered for the revision, so their quotes are checked.
 */
@ApplicationScoped
public class RevisionSubmission {

    @Inject
    Outbox outbox;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    KnownSources sources;

    /**
     * The sources the revision cites by id are looked up first, before the transaction opens, as for a
     * report: an unregistered one is a 400 naming the citation.
     */
    public Uni<Claim> revise(UUID claimId, JsonNode value, List<CitedQuote> citations, Account author) {
        return sources.of(CitedQuote.registeredSourcesIn(citations))
                .chain(registered ->
                        Panache.withTransaction(() -> revise(claimId, value, citations, author, registered)));
    }

    private Uni<Claim> revise(
            UUID claimId, JsonNode value, List<CitedQuote> citations, Account author, CitedSources registered) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return audit.lockClaim(claimId)
                .chain(() -> Claim.<Claim>findById(claimId))
                // someone else's claim is not theirs to know about
                .invoke(claim -> {
                    if (claim == null || !claim.submitter.equals(author.subject())) {
                        throw ProblemException.notFound("claim " + claimId);
                    }
                })
                .chain(claim -> Decision.ofClaim(claim.id).chain(decisions -> {
                    ClaimDraft draft = new ClaimDraft(claim.property, value, citations);
                    List<FieldError> errors = draft.errors("");
                    errors.addAll(draft.unregisteredSources("", registered));
                    if (!errors.isEmpty()) {
                        throw ProblemException.invalid(errors);
                    }
                    EventFacts facts = claim.property == ClaimProperty.EXISTENCE
                                    || claim.property == ClaimProperty.TALLY
                            ? EventFacts.of(value)
                            : new EventFacts(EventKind.fromWire(claim.kind).orElse(EventKind.OTHER), claim.countryCode);
                    Sensitivity revised = Sensitivity.of(facts.kind(), claim.property, value);
                    claim.follow(claim.lifecycle(decisions).revise(author.subject(), revised.sensitive()), now);
                    claim.raise(revised);
                    claim.value = value;
                    claim.citations = draft.pendingCitations();
                    return ClaimRevision.of(claim, now)
                            .persist()
                            .chain(() -> existenceFacts(claim, facts))
                            .chain(() -> outbox.publish(ReportSubmitted.revised(
                                    claim.reportId,
                                    claim.eventId,
                                    new ReportSubmitted.Claim(
                                            claim.id,
                                            claim.property,
                                            claim.value,
                                            draft.announcedCitations(claim.revision, author.pseudonym())))))
                            .chain(() -> audit.append(AuditAct.onClaim(
                                    now,
                                    author.asAuthor(),
                                    AuditAction.REVISED,
                                    claim.id,
                                    JsonNodeFactory.instance
                                            .objectNode()
                                            .put("reportId", claim.reportId.toString())
                                            .put("revision", claim.revision)
                                            .put("sensitive", claim.sensitive))))
                            .replaceWith(claim);
                }));
    }

    /**
     * A revised existence claim may change the proposed event's kind or country: the other claims
     * follow, for the queue's filters and, while open, for their sensitivity.
     */
    private static Uni<Void> existenceFacts(Claim existence, EventFacts facts) {
        if (existence.property == ClaimProperty.TALLY) {
            existence.kind = facts.kindWire();
            existence.countryCode = facts.countryCode();
            return Uni.createFrom().voidItem();
        }
        if (existence.property != ClaimProperty.EXISTENCE) {
            return Uni.createFrom().voidItem();
        }
        return Claim.ofEvent(existence.eventId)
                .invoke(claims -> claims.forEach(claim -> {
                    claim.kind = facts.kindWire();
                    claim.countryCode = facts.countryCode();
                    if (claim.lifecycle(List.of()).isOpen()) {
                        claim.raise(Sensitivity.of(facts.kind(), claim.property, claim.value));
                    }
                }))
                .replaceWithVoid();
    }
}
