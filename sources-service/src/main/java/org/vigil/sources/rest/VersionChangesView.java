package org.vigil.sources.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.vigil.sources.quotes.TextDifference;
import org.vigil.sources.service.SourceReading.VersionPair;

/**
 * One version of a source as a moderator weighs it ({@code GET /api/v1/sources/{id}/versions/{n}}):
 * who supplied it and the one before it (contributor pseudonyms), and what changed, word by word,
 * with offsets in both texts. The first version has no previous one and no changes.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VersionChangesView(
        UUID sourceId,
        int version,
        String sha256,
        Instant retrievedAt,
        String suppliedBy,
        Integer previousVersion,
        String previousSuppliedBy,
        List<TextDifference.Change> changes) {

    static VersionChangesView of(VersionPair pair) {
        var version = pair.version();
        var previous = pair.previous();
        return new VersionChangesView(
                version.sourceId(),
                version.number(),
                version.sha256,
                version.retrievedAt,
                version.suppliedBy,
                previous == null ? null : previous.number(),
                previous == null ? null : previous.suppliedBy,
                previous == null ? List.of() : TextDifference.between(previous.text, version.text));
    }
}
