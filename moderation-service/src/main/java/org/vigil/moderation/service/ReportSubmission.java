package org.vigil.moderation.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.vigil.contracts.events.ReportSubmitted;
import org.vigil.contracts.vocabulary.ClaimProperty;
import org.vigil.contracts.vocabulary.ClaimStatus;
import org.vigil.messaging.Outbox;
import org.vigil.moderation.audit.AuditAct;
import org.vigil.moderation.audit.AuditAction;
import org.vigil.moderation.audit.AuditLog;
import org.vigil.moderation.claims.Claim;
import org.vigil.moderation.claims.ClaimRevision;
import org.vigil.moderation.claims.Report;
import org.vigil.moderation.rest.ReportAccepted;
import org.vigil.moderation.rest.ReportRequest;
import org.vigil.moderation.rest.ReportRequest.ClaimRequest;
import org.vigil.moderation.workflow.Sensitivity;
import org.vigil.contracts.problem.FieldError;
import org.vigil.problem.ProblemException;

/**
 * Accepts a contributor's report: checks it, stores it with its claims, records the submission in
 * the audit log and announces it to the evidence store, all in one transaction. Nothing is stored
 * when anything is wrong.
 */
@ApplicationScoped
public class ReportSubmission {

    private final Outbox outbox;
    private final AuditLog audit;
    private final KnownEvents events;
    private final Clock clock;

    public ReportSubmission(Outbox outbox, AuditLog audit, KnownEvents events, Clock clock) {
        this.outbox = outbox;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<ReportAccepted> submit(ReportRequest request, Account submitter) {
        List<FieldError> errors = check(request);
        if (!errors.isEmpty()) {
            return Uni.createFrom().failure(ProblemException.invalid(errors));
        }
        if (request.eventId() == null) {
            EventFacts facts = EventFacts.of(existenceValueIn(request));
            return store(request, submitter, UUID.randomUUID(), true, facts);
        }
        // a report about an event that was merged away is about its survivor
        return events.resolve(request.eventId())
                .chain(eventId -> events.factsOf(eventId).chain(facts -> facts.isEmpty()
                        ? Uni.createFrom().failure(ProblemException.invalid("eventId", "no such event"))
                        : store(request, submitter, eventId, false, facts.get())));
    }

    private Uni<ReportAccepted> store(
            ReportRequest request, Account submitter, UUID eventId, boolean proposesEvent, EventFacts facts) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Report report = new Report();
        report.id = UUID.randomUUID();
        report.eventId = eventId;
        report.proposesEvent = proposesEvent;
        report.submitter = submitter.subject();
        report.submitterPseudonym = submitter.pseudonym().value();
        report.note = request.note();
        report.submittedAt = now;

        List<Claim> claims = new ArrayList<>();
        List<ClaimRevision> revisions = new ArrayList<>();
        List<ReportSubmitted.Claim> announced = new ArrayList<>();
        List<AuditAct> acts = new ArrayList<>();
        for (ClaimRequest requested : request.claims()) {
            ClaimDraft draft = draft(requested);
            Claim claim = new Claim();
            claim.id = UUID.randomUUID();
            claim.reportId = report.id;
            claim.positionInReport = claims.size();
            claim.eventId = eventId;
            claim.property = requested.property();
            claim.value = requested.value();
            claim.citations = draft.pendingCitations();
            claim.status = ClaimStatus.PENDING;
            claim.submitter = submitter.subject();
            claim.submittedAt = now;
            claim.updatedAt = now;
            claim.revision = 1;
            claim.kind = facts.kindWire();
            claim.countryCode = facts.countryCode();
            claim.sensitivity = "";
            claim.raise(Sensitivity.of(facts.kind(), claim.property, claim.value));
            claims.add(claim);
            revisions.add(ClaimRevision.of(claim, now));
            announced.add(new ReportSubmitted.Claim(claim.id, claim.property, claim.value, draft.announcedCitations(1)));
            acts.add(new AuditAct(now, submitter.asAuthor(), AuditAction.SUBMITTED, "claim", claim.id.toString(),
                    JsonNodeFactory.instance.objectNode()
                            .put("reportId", report.id.toString())
                            .put("eventId", eventId.toString())
                            .put("property", claim.property.wire())
                            .put("revision", 1)
                            .put("sensitive", claim.sensitive)));
        }
        return report.persist()
                .chain(() -> Claim.persist(claims))
                .chain(() -> ClaimRevision.persist(revisions))
                .chain(() -> audit.appendAll(acts))
                .chain(() -> outbox.publish(new ReportSubmitted(report.id, eventId, announced)))
                .replaceWith(new ReportAccepted(report.id, eventId, "pending", claims.stream()
                        .map(c -> new ReportAccepted.ClaimState(c.id, c.property, c.status))
                        .toList()));
    }

    private static ClaimDraft draft(ClaimRequest requested) {
        return new ClaimDraft(requested.property(), requested.value(), requested.citations());
    }

    private static JsonNode existenceValueIn(ReportRequest request) {
        return request.claims().stream()
                .filter(c -> c.property() == ClaimProperty.EXISTENCE)
                .map(ClaimRequest::value)
                .findFirst()
                .orElseThrow();
    }

    private static List<FieldError> check(ReportRequest request) {
        List<FieldError> errors = new ArrayList<>();
        long existenceClaims = request.claims().stream().filter(c -> c.property() == ClaimProperty.EXISTENCE).count();
        if (request.eventId() == null && existenceClaims != 1) {
            errors.add(new FieldError("claims", "a report about a new event needs exactly one existence claim"));
        }
        if (request.eventId() != null && existenceClaims > 0) {
            errors.add(new FieldError("claims", "a report about an existing event carries no existence claim"));
        }
        for (int i = 0; i < request.claims().size(); i++) {
            errors.addAll(draft(request.claims().get(i)).errors("claims[" + i + "]"));
        }
        return errors;
    }
}
