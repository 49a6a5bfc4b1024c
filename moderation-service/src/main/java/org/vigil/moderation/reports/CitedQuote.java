package org.vigil.moderation.reports;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.vigil.contracts.events.SourceDocument;

/**
 * A quote an author cites, in a source registered earlier ({@code sourceId}, optionally in the
 * {@code sourceVersion} they read) or one given with the report ({@code source}); exactly one of
 * the two, which {@link ClaimDraft#errors} checks.
 */
public record CitedQuote(
        UUID sourceId, Integer sourceVersion, SourceDocument source, String exact, String prefix, String suffix) {

    /**
     * The registered sources these citations name, each with the highest version cited (0 when
     * none is named): what must be known to sources-service before they are accepted.
     */
    static Map<UUID, Integer> registeredSourcesIn(Collection<CitedQuote> citations) {
        Map<UUID, Integer> cited = new HashMap<>();
        for (CitedQuote citation : citations) {
            if (citation.sourceId() != null && citation.source() == null) {
                int version = citation.sourceVersion() == null ? 0 : citation.sourceVersion();
                cited.merge(citation.sourceId(), version, Math::max);
            }
        }
        return cited;
    }
}
