package org.vigil.moderation.reports;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.vigil.moderation.identity.Account;
import org.vigil.problem.ProblemException;

/**
 * Accepts many reports at once (SPEC §5, {@code POST /reports/batch}): each goes through
 * {@link ReportSubmission} exactly as a single report does, with the same checks, the same audit
 * entries and the same {@code ReportSubmitted} in the outbox. A report refused for its content
 * (bad input, an unknown event) is answered with its problem and stores nothing; the others are
 * accepted all the same. One transaction holds the whole batch, so that an idempotent retry's
 * stored answer commits with everything it names.
 */
@ApplicationScoped
public class ReportBatch {

    public static final int MAX_REPORTS = 1000;

    private final ReportSubmission submission;

    public ReportBatch(ReportSubmission submission) {
        this.submission = submission;
    }

    /** One outcome per report, in the order given. */
    @WithTransaction
    public Uni<List<BatchOutcome>> submit(List<NewReport> reports, Account submitter) {
        return Multi.createFrom().iterable(reports)
                .onItem().transformToUniAndConcatenate(report -> submission.submit(report, submitter)
                        .map(BatchOutcome::accepted)
                        // refused before anything of this report was written: the transaction goes on
                        .onFailure(ProblemException.class)
                        .recoverWithItem(refusal -> BatchOutcome.refused(((ProblemException) refusal).problem()))
                        .call(ReportBatch::release))
                .collect().asList();
    }

    /**
     * Writes what this report added and forgets it: a thousand reports' entities kept in one session
     * would be checked for changes again at every later query, which grows with the square of the batch.
     */
    private static Uni<Void> release() {
        return Panache.getSession().chain(session -> session.flush().invoke(session::clear));
    }
}
