package org.vigil.sources.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.UUID;
import org.vigil.contracts.claims.Place;
import org.vigil.contracts.vocabulary.ClaimProperty;
import org.vigil.contracts.vocabulary.FigureValue;

/**
 * The candidate claims found in one version of a source ({@code GET /api/v1/sources/{id}/suggestions}),
 * in the order the text states them. Each is shaped as a report takes it (SPEC §5): a figure
 * claim's {@code property} and {@code value}, the {@code place} and {@code date} of the event it
 * belongs to, and a {@code citation} whose quote the platform's quote check finds in this version.
 */
public record SuggestionsView(UUID sourceId, int version, List<SuggestedClaim> suggestions) {

    /**
     * @param place the city, or absent when the text ties the figure to no single city
     * @param date an EDTF date, or absent when the text gives none
     * @param start where the quote starts in the version's text (UTF-16 index), for highlighting
     * @param end where it ends, exclusive
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SuggestedClaim(ClaimProperty property, FigureValue value, Place place, String date,
            Citation citation, int start, int end) {}

    /** A W3C TextQuoteSelector on the source; prefix and suffix only where the words recur. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Citation(UUID sourceId, String exact, String prefix, String suffix) {}
}
