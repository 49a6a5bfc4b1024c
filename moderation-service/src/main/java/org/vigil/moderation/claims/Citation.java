package org.vigil.moderation.claims;

import java.util.UUID;
import org.vigil.contracts.events.QuoteChecked;
import org.vigil.contracts.vocabulary.QuoteCheck;
import org.vigil.contracts.vocabulary.Rating;

/**
 * A claim's citation: the quote it relies on and, once the evidence store has answered, where
 * the quote stands in the preserved source and how its publisher is rated.
 */
public record Citation(
        int position,
        UUID sourceId,
        String sourceUrl,
        String sourceTitle,
        Integer sourceVersion,
        String exact,
        String prefix,
        String suffix,
        QuoteCheck quoteCheck,
        Integer start,
        Integer end,
        UUID publisherId,
        String publisher,
        Rating rating) {

    public static Citation pending(int position, UUID sourceId, String sourceUrl, String exact, String prefix, String suffix) {
        return new Citation(position, sourceId, sourceUrl, null, null, exact, prefix, suffix, QuoteCheck.PENDING,
                null, null, null, null, null);
    }

    public Citation checked(QuoteChecked check) {
        return new Citation(position, check.sourceId(), check.sourceUrl(), check.sourceTitle(), check.sourceVersion(),
                exact, prefix, suffix, check.result(), check.start(), check.end(),
                check.publisherId(), check.publisher(), check.rating());
    }

    public Citation rated(UUID ratedPublisher, Rating newRating) {
        if (!ratedPublisher.equals(publisherId)) {
            return this;
        }
        return new Citation(position, sourceId, sourceUrl, sourceTitle, sourceVersion, exact, prefix, suffix,
                quoteCheck, start, end, publisherId, publisher, newRating);
    }
}
