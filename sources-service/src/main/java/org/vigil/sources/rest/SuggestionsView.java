package org.vigil.sources.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.UUID;
import org.vigil.contracts.claims.Place;
import org.vigil.contracts.claims.PlacePrecision;
import org.vigil.contracts.vocabulary.ClaimProperty;
import org.vigil.contracts.vocabulary.FigureValue;
import org.vigil.sources.service.SourceSuggestions.VersionSuggestions;
import org.vigil.sources.suggestions.Suggestion;

/**
 * The candidate claims found in one version of a source ({@code GET /api/v1/sources/{id}/suggestions}),
 * in the order the text states them. Each is shaped as a report takes it (docs/product.md §5): a figure
 * claim's {@code property} and {@code value}, the {@code place} and {@code date} of the event it
 * belongs to, and a {@code citation} whose quote the platform's quote check finds in this version.
 */
public record SuggestionsView(UUID sourceId, int version, List<SuggestedClaim> suggestions) {

    public static SuggestionsView of(VersionSuggestions found) {
        return new SuggestionsView(
                found.sourceId(),
                found.version(),
                found.suggestions().stream()
                        .map(s -> claim(found.sourceId(), s))
                        .toList());
    }

    /**
     * @param place the city, or absent when the text ties the figure to no single city
     * @param date an EDTF date, or absent when the text gives none
     * @param start where the quote starts in the version's text (UTF-16 index), for highlighting
     * @param end where it ends, exclusive
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SuggestedClaim(
            ClaimProperty property,
            FigureValue value,
            Place place,
            String date,
            Citation citation,
            int start,
            int end) {}

    /** A W3C TextQuoteSelector on the source; prefix and suffix only where the words recur. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Citation(UUID sourceId, String exact, String prefix, String suffix) {}

    private static SuggestedClaim claim(UUID sourceId, Suggestion s) {
        Place place = s.place() == null
                ? null
                : new Place(
                        s.place().countryCode(),
                        s.place().admin1(),
                        s.place().city(),
                        null,
                        s.place().lat(),
                        s.place().lon(),
                        PlacePrecision.CITY);
        return new SuggestedClaim(
                s.property(),
                s.value(),
                place,
                s.date(),
                new Citation(
                        sourceId,
                        s.quote().exact(),
                        blankToNull(s.quote().prefix()),
                        blankToNull(s.quote().suffix())),
                s.start(),
                s.end());
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
