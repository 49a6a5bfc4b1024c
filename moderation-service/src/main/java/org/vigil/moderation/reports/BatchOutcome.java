package org.vigil.moderation.reports;

import org.vigil.problem.Problem;

/** What became of one report of a batch: accepted, or refused with the problem a single submission would answer. */
public record BatchOutcome(SubmittedReport accepted, Problem refused, PreparedReport prepared) {

    static BatchOutcome accepted(PreparedReport report) {
        return new BatchOutcome(report.submitted(), null, report);
    }

    public static BatchOutcome refused(Problem problem) {
        return new BatchOutcome(null, problem, null);
    }
}
