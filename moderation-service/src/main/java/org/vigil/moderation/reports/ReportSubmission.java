package org.vigil.moderation.reports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.vigil.contracts.events.ReportSubmitted;
import org.vigil.contracts.problem.FieldError;
import org.vigil.contracts.vocabulary.ClaimProperty;
import org.vigil.contracts.vocabulary.ClaimStatus;
import org.vigil.messaging.Outbox;
import org.vigil.moderation.audit.AuditAct;
import org.vigil.moderation.audit.AuditAction;
import org.vigil.moderation.audit.AuditLog;
import org.vigil.moderation.claims.Claim;
import org.vigil.moderation.claims.ClaimRevision;
import org.vigil.moderation.claims.EventFacts;
import org.vigil.moderation.claims.Report;
import org.vigil.moderation.decisions.Sensitivity;
import org.vigil.moderation.duplicates.KnownEvents;
import org.vigil.moderation.identity.Account;
import org.vigil.moderation.sources.CitedSources;
import org.vigil.moderation.sources.KnownSources;
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
    private final KnownSources sources;

    public ReportSubmission(Outbox outbox, AuditLog audit, KnownEvents events, Clock clock, KnownSources sources) {
        this.outbox = outbox;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.sources = sources;
    }

    /**
     * Checks the report, asks sources-service about the sources it cites by id that are not known
     * yet (before its transaction opens, so no connection of its own waits on that call), then stores it.
     */
    public Uni<SubmittedReport> submit(NewReport request, Account submitter) {
        List<FieldError> errors = check(request);
        if (!errors.isEmpty()) {
            return Uni.createFrom().failure(ProblemException.invalid(errors));
        }
        return sources.of(registeredSourcesIn(List.of(request)))
                .chain(registered -> Panache.withTransaction(() -> prepare(request, submitter, registered)
                        .chain(prepared -> store(List.of(prepared)).replaceWith(prepared.submitted()))));
    }

    /** The registered sources the reports cite, with the highest version cited of each (0: none named). */
    static Map<UUID, Integer> registeredSourcesIn(List<NewReport> reports) {
        return CitedQuote.registeredSourcesIn(reports.stream()
                .flatMap(report -> report.claims().stream())
                .flatMap(claim -> claim.citations().stream())
                .toList());
    }

    /**
     * Checks a report and builds what accepting it writes, writing nothing yet: fails with a
     * {@link ProblemException} when it is refused. {@link ReportBatch} prepares many, then stores
     * them together.
     *
     * @param registered the sources it cites by id that sources-service has registered
     */
    Uni<PreparedReport> prepare(NewReport request, Account submitter, CitedSources registered) {
        List<FieldError> errors = check(request);
        for (int i = 0; i < request.claims().size(); i++) {
            errors.addAll(request.claims().get(i).unregisteredSources("claims[" + i + "]", registered));
        }
        if (!errors.isEmpty()) {
            return Uni.createFrom().failure(ProblemException.invalid(errors));
        }
        if (request.eventId() == null && talliesOnly(request)) {
            // a tally is about no event: the id reserved here never becomes public
            return Uni.createFrom().item(prepare(request, submitter, UUID.randomUUID(), false, null));
        }
        if (request.eventId() == null) {
            EventFacts facts = EventFacts.of(existenceValueIn(request));
            return Uni.createFrom().item(prepare(request, submitter, UUID.randomUUID(), true, facts));
        }
        // a report about an event that was merged away is about its survivor
        return events.resolve(request.eventId())
                .chain(eventId -> events.factsOf(eventId)
                        .chain(facts -> facts.isEmpty()
                                ? Uni.createFrom().failure(ProblemException.invalid("eventId", "no such event"))
                                : Uni.createFrom().item(prepare(request, submitter, eventId, false, facts.get()))));
    }

    /**
     * Writes prepared reports with their claims, revisions, audit entries and announcements, in
     * that order; several at once lets Hibernate send each table's rows in a few statements.
     */
    Uni<List<PreparedReport>> store(List<PreparedReport> prepared) {
        if (prepared.isEmpty()) {
            // a batch none of whose items was readable: nothing to store (persisting no entities fails)
            return Uni.createFrom().item(prepared);
        }
        return Report.persist(prepared.stream().map(p -> p.submitted().report()))
                .chain(() -> Claim.persist(prepared.stream().flatMap(p -> p.submitted().claims().stream())))
                .chain(() -> ClaimRevision.persist(prepared.stream().flatMap(p -> p.revisions().stream())))
                .chain(() -> audit.appendAll(
                        prepared.stream().flatMap(p -> p.acts().stream()).toList()))
                .chain(() -> Multi.createFrom()
                        .iterable(prepared)
                        .onItem()
                        .transformToUniAndConcatenate(p -> outbox.publish(p.announcement()))
                        .collect()
                        .last())
                .replaceWith(prepared);
    }

    private PreparedReport prepare(
            NewReport request, Account submitter, UUID eventId, boolean proposesEvent, EventFacts facts) {
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
        for (ClaimDraft draft : request.claims()) {
            // a tally's own kind and place are what it is filtered and judged by
            EventFacts claimFacts = facts != null ? facts : EventFacts.of(draft.value());
            Claim claim = new Claim();
            claim.id = UUID.randomUUID();
            claim.reportId = report.id;
            claim.positionInReport = claims.size();
            claim.eventId = eventId;
            claim.property = draft.property();
            claim.value = draft.value();
            claim.citations = draft.pendingCitations();
            claim.status = ClaimStatus.PENDING;
            claim.submitter = submitter.subject();
            claim.submittedAt = now;
            claim.updatedAt = now;
            claim.revision = 1;
            claim.kind = claimFacts.kindWire();
            claim.countryCode = claimFacts.countryCode();
            claim.sensitivity = "";
            claim.raise(Sensitivity.of(claimFacts.kind(), claim.property, claim.value));
            claims.add(claim);
            revisions.add(ClaimRevision.of(claim, now));
            announced.add(new ReportSubmitted.Claim(
                    claim.id, claim.property, claim.value, draft.announcedCitations(1, submitter.pseudonym())));
            acts.add(AuditAct.onClaim(
                    now,
                    submitter.asAuthor(),
                    AuditAction.SUBMITTED,
                    claim.id,
                    JsonNodeFactory.instance
                            .objectNode()
                            .put("reportId", report.id.toString())
                            .put("eventId", eventId.toString())
                            .put("property", claim.property.wire())
                            .put("revision", 1)
                            .put("sensitive", claim.sensitive)));
        }
        return new PreparedReport(
                new SubmittedReport(report, claims),
                revisions,
                acts,
                new ReportSubmitted(report.id, eventId, announced));
    }

    private static JsonNode existenceValueIn(NewReport request) {
        return request.claims().stream()
                .filter(c -> c.property() == ClaimProperty.EXISTENCE)
                .map(ClaimDraft::value)
                .findFirst()
                .orElseThrow();
    }

    /** Whether the report holds tallies and nothing else: a report of counts about no one event. */
    private static boolean talliesOnly(NewReport request) {
        return !request.claims().isEmpty()
                && request.claims().stream().allMatch(c -> c.property() == ClaimProperty.TALLY);
    }

    /** What is wrong with the report on its own, before any source or event is looked up. */
    static List<FieldError> check(NewReport request) {
        List<FieldError> errors = new ArrayList<>();
        long existenceClaims = request.claims().stream()
                .filter(c -> c.property() == ClaimProperty.EXISTENCE)
                .count();
        long tallies = request.claims().stream()
                .filter(c -> c.property() == ClaimProperty.TALLY)
                .count();
        if (tallies > 0
                && (request.eventId() != null || tallies != request.claims().size())) {
            errors.add(new FieldError(
                    "claims",
                    "a tally counts many events and is about none: report tallies on their own, without eventId"));
        } else if (request.eventId() == null && tallies == 0 && existenceClaims != 1) {
            errors.add(new FieldError("claims", "a report about a new event needs exactly one existence claim"));
        }
        if (request.eventId() != null && existenceClaims > 0) {
            errors.add(new FieldError("claims", "a report about an existing event carries no existence claim"));
        }
        for (int i = 0; i < request.claims().size(); i++) {
            errors.addAll(request.claims().get(i).errors("claims[" + i + "]"));
        }
        return errors;
    }
}
