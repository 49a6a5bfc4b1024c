package org.vigil.moderation.rest;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.vigil.contracts.vocabulary.ClaimProperty;
import org.vigil.contracts.vocabulary.ClaimStatus;
import org.vigil.contracts.vocabulary.QuoteCheck;

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

    public record ClaimView(
            UUID id,
            ClaimProperty property,
            JsonNode value,
            ClaimStatus status,
            int revision,
            UUID duplicateOf,
            List<CitationView> citations,
            List<Feedback> feedback) {}

    public record CitationView(UUID sourceId, String sourceUrl, String exact, QuoteCheck quoteCheck) {}

    /** A moderator's reason, for the revision it was given on. */
    public record Feedback(String decision, String reason, int revision, Instant decidedAt) {}
}
