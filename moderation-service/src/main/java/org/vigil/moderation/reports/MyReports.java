package org.vigil.moderation.reports;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.vigil.moderation.claims.Claim;
import org.vigil.moderation.claims.Decision;
import org.vigil.moderation.claims.Report;
import org.vigil.moderation.paging.Page;
import org.vigil.moderation.rest.ReportView;
import org.vigil.problem.ProblemException;
import org.vigil.moderation.identity.Account;
import org.vigil.moderation.paging.PageCursor;

/** A contributor's own reports, newest first; anyone else's do not exist for them. */
@ApplicationScoped
public class MyReports {

    /** Reasons the author is owed; approvals need none. */
    private static final Set<String> EXPLAINED = Set.of("reject", "request_changes", Decision.RETRACT);

    @WithSession
    public Uni<Page<ReportView>> page(Account author, String cursor, int limit) {
        String query = "submitter = :me";
        Map<String, Object> params = new HashMap<>(Map.of("me", author.subject()));
        if (cursor != null) {
            PageCursor after = PageCursor.decode(cursor);
            query += " and (submittedAt < :at or (submittedAt = :at and id < :id))";
            params.put("at", after.at());
            params.put("id", after.id());
        }
        return Report.<Report>find(query + " order by submittedAt desc, id desc", params)
                .range(0, limit - 1)
                .list()
                .chain(reports -> views(reports).map(views -> new Page<>(views, reports.size() < limit
                        ? null
                        : new PageCursor(reports.get(limit - 1).submittedAt, reports.get(limit - 1).id).encode())));
    }

    @WithSession
    public Uni<ReportView> one(UUID reportId, Account author) {
        return Report.<Report>findById(reportId)
                .invoke(report -> {
                    if (report == null || !report.submitter.equals(author.subject())) {
                        throw ProblemException.notFound("report " + reportId);
                    }
                })
                .chain(report -> views(List.of(report)))
                .map(views -> views.get(0));
    }

    public Uni<List<ReportView>> views(List<Report> reports) {
        if (reports.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<UUID> reportIds = reports.stream().map(r -> r.id).toList();
        return Claim.<Claim>list("reportId in ?1 order by positionInReport", reportIds)
                .chain(claims -> Decision.ofClaims(claims.stream().map(c -> c.id).toList())
                        .map(decisions -> reports.stream().map(report -> view(report,
                                claims.stream().filter(c -> c.reportId.equals(report.id)).toList(),
                                decisions)).toList()));
    }

    private static ReportView view(Report report, List<Claim> claims, List<Decision> decisions) {
        Map<UUID, List<Decision>> byClaim = decisions.stream().collect(Collectors.groupingBy(d -> d.claimId));
        List<ReportView.ClaimView> claimViews = claims.stream().map(claim -> new ReportView.ClaimView(
                claim.id, claim.property, claim.value, claim.status, claim.revision, claim.duplicateOf,
                claim.citations.stream()
                        .map(c -> new ReportView.CitationView(c.sourceId(), c.sourceUrl(), c.exact(), c.quoteCheck()))
                        .toList(),
                byClaim.getOrDefault(claim.id, List.of()).stream()
                        .filter(d -> EXPLAINED.contains(d.decision))
                        .map(d -> new ReportView.Feedback(d.decision, d.reason, d.revision, d.decidedAt))
                        .toList()))
                .toList();
        boolean open = claims.stream().anyMatch(c -> c.lifecycle(List.of()).isOpen());
        String status = open ? "pending" : report.withdrawnAt != null ? "withdrawn" : "decided";
        return new ReportView(report.id, report.eventId, report.note, status, report.submittedAt, report.withdrawnAt,
                claimViews);
    }
}
