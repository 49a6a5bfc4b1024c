package org.vigil.moderation.service;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.vigil.contracts.events.ReportSubmitted;
import org.vigil.contracts.events.SourceDocument;
import org.vigil.contracts.vocabulary.ClaimProperty;
import org.vigil.contracts.vocabulary.ClaimStatus;
import org.vigil.messaging.Outbox;
import org.vigil.moderation.claims.Citation;
import org.vigil.moderation.claims.Claim;
import org.vigil.moderation.claims.Report;
import org.vigil.moderation.rest.ReportAccepted;
import org.vigil.moderation.rest.ReportRequest;
import org.vigil.moderation.rest.ReportRequest.CitationRequest;
import org.vigil.moderation.rest.ReportRequest.ClaimRequest;
import org.vigil.problem.Problem.FieldError;
import org.vigil.problem.ProblemException;

/**
 * Accepts a contributor's report: checks it, stores it with its claims, and announces it to the
 * evidence store in the same transaction. Nothing is stored when anything is wrong.
 */
@ApplicationScoped
public class ReportSubmission {

    private final Outbox outbox;
    private final ClaimRules rules;
    private final Clock clock;

    public ReportSubmission(Outbox outbox, ClaimRules rules, Clock clock) {
        this.outbox = outbox;
        this.rules = rules;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<ReportAccepted> submit(ReportRequest request, Account submitter) {
        List<FieldError> errors = check(request);
        if (!errors.isEmpty()) {
            return Uni.createFrom().failure(ProblemException.invalid(errors));
        }
        if (request.eventId() == null) {
            return store(request, submitter, UUID.randomUUID(), true, null);
        }
        return Claim.<Claim>find("eventId = ?1 and property = ?2", request.eventId(), ClaimProperty.EXISTENCE)
                .firstResult()
                .chain(existence -> existence == null
                        ? Uni.createFrom().failure(ProblemException.invalid("eventId", "no such event"))
                        : store(request, submitter, request.eventId(), false, existence));
    }

    private Uni<ReportAccepted> store(
            ReportRequest request, Account submitter, UUID eventId, boolean proposesEvent, Claim existence) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Report report = new Report();
        report.id = UUID.randomUUID();
        report.eventId = eventId;
        report.proposesEvent = proposesEvent;
        report.submitter = submitter.subject();
        report.submitterPseudonym = submitter.pseudonym();
        report.note = request.note();
        report.submittedAt = now;

        List<Claim> claims = new ArrayList<>();
        List<ReportSubmitted.Claim> announced = new ArrayList<>();
        for (ClaimRequest requested : request.claims()) {
            Claim claim = new Claim();
            claim.id = UUID.randomUUID();
            claim.reportId = report.id;
            claim.eventId = eventId;
            claim.property = requested.property();
            claim.value = requested.value();
            claim.status = ClaimStatus.PENDING;
            claim.submitter = submitter.subject();
            claim.submittedAt = now;
            claim.updatedAt = now;
            claim.revision = 1;
            EventFacts facts = existence != null ? EventFacts.of(existence.value) : EventFacts.of(existenceValueIn(request));
            claim.kind = facts.kind();
            claim.countryCode = facts.countryCode();
            claim.sensitive = rules.isSensitive(requested.property(), requested.value(), facts.kind());
            List<Citation> citations = new ArrayList<>();
            List<ReportSubmitted.Citation> announcedCitations = new ArrayList<>();
            for (int i = 0; i < requested.citations().size(); i++) {
                CitationRequest cited = requested.citations().get(i);
                String url = cited.source() != null ? cited.source().url() : null;
                citations.add(Citation.pending(i, cited.sourceId(), url, cited.exact(), cited.prefix(), cited.suffix()));
                announcedCitations.add(new ReportSubmitted.Citation(i, cited.sourceId(), document(cited),
                        cited.exact(), cited.prefix(), cited.suffix()));
            }
            claim.citations = citations;
            claims.add(claim);
            announced.add(new ReportSubmitted.Claim(claim.id, claim.property, claim.value, announcedCitations));
        }
        return report.persist()
                .chain(() -> Claim.persist(claims))
                .chain(() -> outbox.publish(new ReportSubmitted(report.id, eventId, announced)))
                .replaceWith(new ReportAccepted(report.id, eventId, "pending", claims.stream()
                        .map(c -> new ReportAccepted.ClaimState(c.id, c.property, c.status))
                        .toList()));
    }

    private static com.fasterxml.jackson.databind.JsonNode existenceValueIn(ReportRequest request) {
        return request.claims().stream()
                .filter(c -> c.property() == ClaimProperty.EXISTENCE)
                .map(ClaimRequest::value)
                .findFirst()
                .orElse(null);
    }

    private static SourceDocument document(CitationRequest cited) {
        var source = cited.source();
        return source == null ? null : new SourceDocument(source.url(), source.title(), source.publisher(),
                source.author(), source.publishedAt(), source.language(), source.text());
    }

    private List<FieldError> check(ReportRequest request) {
        List<FieldError> errors = new ArrayList<>();
        long existenceClaims = request.claims().stream().filter(c -> c.property() == ClaimProperty.EXISTENCE).count();
        if (request.eventId() == null && existenceClaims != 1) {
            errors.add(new FieldError("claims", "a report about a new event needs exactly one existence claim"));
        }
        if (request.eventId() != null && existenceClaims > 0) {
            errors.add(new FieldError("claims", "a report about an existing event carries no existence claim"));
        }
        for (int i = 0; i < request.claims().size(); i++) {
            ClaimRequest claim = request.claims().get(i);
            String path = "claims[" + i + "]";
            errors.addAll(rules.checkValue(claim.property(), claim.value(), path + ".value"));
            for (int j = 0; j < claim.citations().size(); j++) {
                CitationRequest citation = claim.citations().get(j);
                String citationPath = path + ".citations[" + j + "]";
                if ((citation.sourceId() == null) == (citation.source() == null)) {
                    errors.add(new FieldError(citationPath, "name a registered source by sourceId or give the source inline, not both"));
                }
                if (citation.source() != null && !isWebUrl(citation.source().url())) {
                    errors.add(new FieldError(citationPath + ".source.url", "must be an http or https URL"));
                }
            }
        }
        return errors;
    }

    static boolean isWebUrl(String url) {
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme();
            return scheme != null
                    && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    && uri.getHost() != null;
        } catch (Exception e) {
            return false;
        }
    }
}
