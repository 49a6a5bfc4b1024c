package org.vigil.contracts.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.vigil.contracts.vocabulary.ClaimProperty;
import org.vigil.contracts.vocabulary.Rating;

/**
 * A claim took effect: it has every approval it needs (two different moderators when sensitive).
 * The public record applies it. Carries the evidence the public may see and no contributor or
 * moderator identity. {@code approvedAt} orders claims for the same property: the newest wins.
 */
public record ClaimApproved(
        UUID claimId,
        UUID eventId,
        ClaimProperty property,
        JsonNode value,
        List<Citation> citations,
        List<UUID> decisionIds,
        Instant approvedAt)
        implements EventFact {

    /**
     * One citation as the public may see it. {@code unverified}: the evidence store did not find
     * the quote in the source; two moderators approved the claim anyway, and the public record
     * must mark the quote as unverified.
     */
    public record Citation(
            UUID sourceId,
            String sourceUrl,
            String sourceTitle,
            String exact,
            Integer start,
            Integer end,
            UUID publisherId,
            String publisher,
            Rating rating,
            boolean unverified) {

        /** The quote as found in its source, before its publisher is named; see {@link #publishedBy}. */
        public static Citation quoting(
                UUID sourceId, String sourceUrl, String sourceTitle, String exact, Integer start, Integer end) {
            return new Citation(sourceId, sourceUrl, sourceTitle, exact, start, end, null, null, null, false);
        }

        /** This quote with its publisher and the publisher's rating at approval. */
        public Citation publishedBy(UUID publisherId, String publisher, Rating rating) {
            return new Citation(
                    sourceId, sourceUrl, sourceTitle, exact, start, end, publisherId, publisher, rating, unverified);
        }

        /** This quote, marked as not found in its source. */
        public Citation notFoundInSource() {
            return new Citation(
                    sourceId, sourceUrl, sourceTitle, exact, start, end, publisherId, publisher, rating, true);
        }
    }
}
