package org.vigil.sources.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.vigil.contracts.vocabulary.QuoteCheck;
import org.vigil.contracts.vocabulary.Rating;
import org.vigil.sources.domain.Source;

/**
 * A source as callers see it. The public gets metadata, its {@code status} and the quotes of
 * approved claims; moderators also get the preserved text of one version, its hash, and every
 * quote with the version it quoted ({@code sourceVersion}) and its offsets in that version.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SourceView(
        UUID id,
        String url,
        String title,
        String author,
        String publishedAt,
        String language,
        Instant registeredAt,
        String status,
        Instant deletedUpstreamAt,
        PublisherView publisher,
        int version,
        String sha256,
        Instant retrievedAt,
        List<VersionView> versions,
        List<QuoteView> quotes,
        String text,
        Boolean created) {

    /** {@code available}, or {@code deleted_upstream} once a moderator saw the page gone or rewritten. */
    public static String status(Source source) {
        return source.deletedUpstreamAt == null ? "available" : "deleted_upstream";
    }

    public record PublisherView(UUID id, String name, String domain, Rating rating) {}

    public record VersionView(int number, String sha256, Instant retrievedAt) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record QuoteView(UUID claimId, Integer citationIndex, Integer sourceVersion, String exact, String prefix,
            String suffix, QuoteCheck quoteCheck, Integer start, Integer end, Boolean approved) {}
}
