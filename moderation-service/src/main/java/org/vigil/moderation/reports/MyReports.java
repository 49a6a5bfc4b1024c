package org.vigil.moderation.reports;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.vigil.moderation.claims.Claim;
import org.vigil.moderation.claims.Decision;
import org.vigil.moderation.claims.Report;
import org.vigil.moderation.identity.Account;
import org.vigil.paging.Page;
import org.vigil.paging.PageCursor;
import org.vigil.problem.ProblemException;

/** A contributor's own reports, newest first; anyone else's do not exist for them. */
@ApplicationScoped
public class MyReports {

    @WithSession
    public Uni<Page<ReportHistory>> page(Account author, String cursor, int limit) {
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
                .chain(reports -> histories(reports)
                        .map(
                                Page.of(reports, limit, last -> new PageCursor(last.submittedAt, last.id).encode())
                                        ::showing));
    }

    @WithSession
    public Uni<ReportHistory> one(UUID reportId, Account author) {
        return Report.<Report>findById(reportId)
                .invoke(report -> {
                    if (report == null || !report.submitter.equals(author.subject())) {
                        throw ProblemException.notFound("report " + reportId);
                    }
                })
                .chain(report -> histories(List.of(report)))
                .map(histories -> histories.get(0));
    }

    private Uni<List<ReportHistory>> histories(List<Report> reports) {
        if (reports.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<UUID> reportIds = reports.stream().map(r -> r.id).toList();
        return Claim.<Claim>list("reportId in ?1 order by positionInReport", reportIds)
                .chain(claims -> Decision.ofClaims(
                                claims.stream().map(c -> c.id).toList())
                        .map(decisions -> reports.stream()
                                .map(report -> new ReportHistory(
                                        report,
                                        claims.stream()
                                                .filter(c -> c.reportId.equals(report.id))
                                                .toList(),
                                        decisions))
                                .toList()));
    }
}
