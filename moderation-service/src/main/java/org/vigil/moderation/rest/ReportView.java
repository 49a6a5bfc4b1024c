package org.vigil.moderation.rest;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.vigil.contracts.vocabulary.ClaimProperty;
import org.vigil.contracts.vocabulary.ClaimStatus;
import org.vigil.contracts.vocabulary.QuoteCheck;
import org.vigil.moderation.claims.Citation;
import org.vigil.moderation.claims.Claim;
import org.vigil.moderation.claims.Decision;
import org.vigil.moderation.reports.ReportHistory;

/**
 * A report as its author sees it: each claim's status and revision, its quote checks, and the
 * moderators' reasons when they rejected it, asked for changes or retracted it. Moderators are not
 * named, not even by pseudonym. {@code status} is {@code pending} while any claim is open,
 * {@code withdrawn} once withdrawn, else {@code decided}.
 */
public record ReportView(
        UUID id,
        UUID eventId,
        String note,
        String status,
        Instant submittedAt,
        Instant withdrawnAt,
        List<ClaimView> claims) {

    public static ReportView of(ReportHistory history) {
        var report = history.report();
        return new ReportView(
                report.id,
                report.eventId,
                report.note,
                history.status(),
                report.submittedAt,
                report.withdrawnAt,
                history.claims().stream()
                        .map(claim -> ClaimView.of(claim, history))
                        .toList());
    }

    public record ClaimView(
            UUID id,
            ClaimProperty property,

            @Schema(implementation = ClaimShapes.Value.class)
            JsonNode value,

            ClaimStatus status,
            int revision,
            UUID duplicateOf,
            List<CitationView> citations,
            List<Feedback> feedback) {

        static ClaimView of(Claim claim, ReportHistory history) {
            return new ClaimView(
                    claim.id,
                    claim.property,
                    claim.value,
                    claim.status,
                    claim.revision,
                    claim.duplicateOf,
                    claim.citations.stream().map(CitationView::of).toList(),
                    history.feedbackOn(claim).stream().map(Feedback::of).toList());
        }
    }

    public record CitationView(UUID sourceId, String sourceUrl, String exact, QuoteCheck quoteCheck) {

        static CitationView of(Citation c) {
            return new CitationView(c.sourceId(), c.sourceUrl(), c.exact(), c.quoteCheck());
        }
    }

    /** A moderator's reason, for the revision it was given on. */
    public record Feedback(String decision, String reason, int revision, Instant decidedAt) {

        static Feedback of(Decision d) {
            return new Feedback(d.decision, d.reason, d.revision, d.decidedAt);
        }
    }
}
