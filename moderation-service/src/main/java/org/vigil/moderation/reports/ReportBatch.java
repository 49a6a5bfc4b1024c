package org.vigil.moderation.reports;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Objects;
import org.vigil.moderation.identity.Account;
import org.vigil.moderation.sources.CitedSources;
import org.vigil.moderation.sources.KnownSources;
import org.vigil.problem.ProblemException;

/**
 * Accepts many reports at once (docs/product.md §5, {@code POST /reports/batch}): each is checked by
 * {@link ReportSubmission} exactly as a single report is, and accepted ones are written as a
 * single one would be — the same claims, audit entries and {@code ReportSubmitted} in the outbox.
 * A report refused for its content (bad input, an unknown event or cited source) is answered with its problem and
 * writes nothing; the others are accepted all the same. One transaction holds the whole batch, so
 * that an idempotent retry's stored answer commits with everything it names; every report is
 * checked before any is written, so the rows go to the database table by table in a few statements.
 */
@ApplicationScoped
public class ReportBatch {

    public static final int MAX_REPORTS = 1000;

    @Inject
    ReportSubmission submission;

    @Inject
    KnownSources sources;

    /**
     * One outcome per report, in the order given. The sources that reports without other faults
     * cite by id are looked up first, together and before the transaction opens; when sources-service
     * cannot answer, the whole batch is refused (503) and nothing is stored, so it can be sent again as it is.
     */
    public Uni<List<BatchOutcome>> submit(List<NewReport> reports, Account submitter) {
        List<NewReport> readable = reports.stream()
                .filter(report -> ReportSubmission.check(report).isEmpty())
                .toList();
        return sources.of(ReportSubmission.registeredSourcesIn(readable))
                .chain(registered -> Panache.withTransaction(() -> submit(reports, submitter, registered)));
    }

    private Uni<List<BatchOutcome>> submit(List<NewReport> reports, Account submitter, CitedSources registered) {
        return Multi.createFrom()
                .iterable(reports)
                .onItem()
                .transformToUniAndConcatenate(report -> submission
                        .prepare(report, submitter, registered)
                        .map(BatchOutcome::accepted)
                        .onFailure(ProblemException.class)
                        .recoverWithItem(refusal -> BatchOutcome.refused(((ProblemException) refusal).problem())))
                .collect()
                .asList()
                .call(outcomes -> submission.store(outcomes.stream()
                        .map(BatchOutcome::prepared)
                        .filter(Objects::nonNull)
                        .toList()));
    }
}
