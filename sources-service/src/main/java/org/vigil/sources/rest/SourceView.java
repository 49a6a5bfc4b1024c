package org.vigil.sources.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.vigil.contracts.vocabulary.QuoteCheck;
import org.vigil.contracts.vocabulary.Rating;

/**
 * A source as callers see it. The public gets metadata and the quotes of approved claims;
 * moderators also get the preserved text, its hash and every quote with its offsets.
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
        Instant deletedUpstreamAt,
        PublisherView publisher,
        int version,
        String sha256,
        Instant retrievedAt,
        List<VersionView> versions,
        List<QuoteView> quotes,
        String text,
        Boolean created) {

    public record PublisherView(UUID id, String name, String domain, Rating rating) {}

    public record VersionView(int number, String sha256, Instant retrievedAt) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record QuoteView(UUID claimId, Integer citationIndex, Integer sourceVersion, String exact, String prefix,
            String suffix, QuoteCheck quoteCheck, Integer start, Integer end, Boolean approved) {}
}
