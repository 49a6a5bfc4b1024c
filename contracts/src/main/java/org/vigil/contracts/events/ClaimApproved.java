package org.vigil.contracts.events;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
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
     * One citation as the public may see it: the source, the {@link Quote} from it, and the
     * publisher with its rating at approval. {@code unverified}: the evidence store did not find
     * the quote in the source; two moderators approved the claim anyway, and the public record
     * must mark the quote as unverified.
     */
    public record Citation(
            UUID sourceId,
            String sourceUrl,
            String sourceTitle,
            @JsonUnwrapped Quote quote,
            UUID publisherId,
            String publisher,
            Rating rating,
            boolean unverified) {

        public Citation {
            Objects.requireNonNull(quote, "quote");
        }

        /** The quote as found in its source, before its publisher is named; see {@link #publishedBy}. */
        public static Citation quoting(
                UUID sourceId, String sourceUrl, String sourceTitle, String exact, Integer start, Integer end) {
            return new Citation(
                    sourceId, sourceUrl, sourceTitle, new Quote(exact, start, end), null, null, null, false);
        }

        /** This quote with its publisher and the publisher's rating at approval. */
        public Citation publishedBy(UUID publisherId, String publisher, Rating rating) {
            return new Citation(sourceId, sourceUrl, sourceTitle, quote, publisherId, publisher, rating, unverified);
        }

        /** This quote, marked as not found in its source. */
        public Citation notFoundInSource() {
            return new Citation(sourceId, sourceUrl, sourceTitle, quote, publisherId, publisher, rating, true);
        }

        public String exact() {
            return quote.exact();
        }

        public Integer start() {
            return quote.start();
        }

        public Integer end() {
            return quote.end();
        }
    }

    /**
     * The sentence cited, {@code exact}, and where it stands in the source's preserved text:
     * {@code start} and {@code end} character offsets, {@code null} when it was not found there. On
     * the wire its fields stand in the citation itself.
     */
    public record Quote(String exact, Integer start, Integer end) {}
}
