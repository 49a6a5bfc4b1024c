package org.vigil.contracts.events;

import java.util.UUID;
import org.vigil.contracts.IntegrationEvent;
import org.vigil.contracts.vocabulary.QuoteCheck;
import org.vigil.contracts.vocabulary.Rating;

/**
 * The evidence store registered (or found) the source a citation names and looked for its quote
 * in the preserved text. {@code start}/{@code end} are character offsets in that text when the
 * quote was found once; {@code sourceId} is null when the cited source does not exist.
 */
public record QuoteChecked(
        UUID claimId,
        int citationIndex,
        UUID sourceId,
        int sourceVersion,
        String sourceUrl,
        String sourceTitle,
        QuoteCheck result,
        Integer start,
        Integer end,
        UUID publisherId,
        String publisher,
        Rating rating)
        implements IntegrationEvent {

    @Override
    public String aggregateType() {
        return "claim";
    }

    @Override
    public String aggregateId() {
        return claimId.toString();
    }
}
