package org.vigil.moderation.reports;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.vigil.moderation.audit.AuditAct;
import org.vigil.moderation.audit.AuditAction;
import org.vigil.moderation.audit.AuditLog;
import org.vigil.moderation.claims.Claim;
import org.vigil.moderation.claims.Decision;
import org.vigil.moderation.claims.Report;
import org.vigil.moderation.identity.Account;
import org.vigil.problem.ProblemException;

/**
 * The author withdraws a report: every claim of it still open (pending or changes requested)
 * becomes withdrawn. Claims already decided stay as they are; an approved one is retracted by a
 * moderator, not withdrawn.
 */
@ApplicationScoped
public class ReportWithdrawal {

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @WithTransaction
    public Uni<Report> withdraw(UUID reportId, Account author) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return audit.lockClaimsOfReport(reportId)
                .chain(() -> Report.<Report>findById(reportId))
                .invoke(report -> {
                    if (report == null || !report.submitter.equals(author.subject())) {
                        throw ProblemException.notFound("report " + reportId);
                    }
                })
                .chain(report -> Claim.<Claim>list("reportId = ?1 order by positionInReport", report.id)
                        .chain(claims -> Decision.ofClaims(
                                        claims.stream().map(c -> c.id).toList())
                                .chain(decisions -> {
                                    List<AuditAct> acts = new ArrayList<>();
                                    for (Claim claim : claims) {
                                        var lifecycle = claim.lifecycle(decisions);
                                        if (lifecycle.isOpen()) {
                                            claim.follow(lifecycle.withdraw(author.subject()), now);
                                            acts.add(AuditAct.onClaim(
                                                    now,
                                                    author.asAuthor(),
                                                    AuditAction.WITHDRAWN,
                                                    claim.id,
                                                    JsonNodeFactory.instance
                                                            .objectNode()
                                                            .put("reportId", report.id.toString())
                                                            .put("revision", claim.revision)));
                                        }
                                    }
                                    if (acts.isEmpty()) {
                                        throw ProblemException.conflict(
                                                "every claim of this report is decided or withdrawn already");
                                    }
                                    report.withdrawnAt = now;
                                    return audit.appendAll(acts).replaceWith(report);
                                })));
    }
}
