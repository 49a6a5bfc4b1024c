package org.vigil.contracts.events;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.UUID;
import org.vigil.contracts.IntegrationEvent;
import org.vigil.contracts.vocabulary.QuoteCheck;
import org.vigil.contracts.vocabulary.Rating;

/**
 * The evidence store registered (or found) the source a citation names and looked for its quote
 * in the preserved text. {@code start}/{@code end} are character offsets in that text when the
 * quote was found once; {@code sourceId} is null when the cited source does not exist.
 * {@code sourceVersion} is the preserved version the quote was looked for in, the one the
 * citation is bound to; {@code versionSuppliedBy} the contributor pseudonym of whoever supplied
 * that version's text (null when not recorded), for moderators only.
 */
public record QuoteChecked(
        UUID claimId,
        int citationIndex,
        @JsonUnwrapped CheckedSource source,
        QuoteCheck result,
        Integer start,
        Integer end)
        implements IntegrationEvent {

    /**
     * The registered source a quote was looked for in: which version of it and who supplied that
     * version (a pseudonym), and its publisher's standing. On the wire its fields stand beside
     * {@code claimId}, under the names they have always had.
     */
    public record CheckedSource(
            @JsonProperty("sourceId") UUID id,
            @JsonProperty("sourceVersion") int version,
            @JsonProperty("versionSuppliedBy") String suppliedBy,
            @JsonProperty("sourceUrl") String url,
            @JsonProperty("sourceTitle") String title,
            UUID publisherId,
            String publisher,
            Rating rating) {

        /** No source: the citation names none that exists or can be registered. */
        static final CheckedSource NONE = new CheckedSource(null, 0, null, null, null, null, null, null);
    }

    /** The quote was looked for in {@code source}: found once at {@code [start, end)}, ambiguous or not found. */
    public static QuoteChecked checked(
            UUID claimId, int citationIndex, CheckedSource source, QuoteCheck result, Integer start, Integer end) {
        return new QuoteChecked(claimId, citationIndex, source, result, start, end);
    }

    /** The citation names a source that does not exist or a URL that cannot be registered. */
    public static QuoteChecked sourceMissing(UUID claimId, int citationIndex) {
        return checked(claimId, citationIndex, CheckedSource.NONE, QuoteCheck.NOT_FOUND, null, null);
    }

    @Override
    public String aggregateType() {
        return "claim";
    }

    @Override
    public String aggregateId() {
        return claimId.toString();
    }
}
