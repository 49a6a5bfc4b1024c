package org.vigil.moderation.reports;

import java.util.UUID;
import org.vigil.contracts.events.SourceDocument;

/**
 * A quote an author cites, in a source registered earlier ({@code sourceId}, optionally in the
 * {@code sourceVersion} they read) or one given with the report ({@code source}); exactly one of
 * the two, which {@link ClaimDraft#errors} checks.
 */
public record CitedQuote(
        UUID sourceId, Integer sourceVersion, SourceDocument source, String exact, String prefix, String suffix) {}
