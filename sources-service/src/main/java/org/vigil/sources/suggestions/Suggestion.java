package org.vigil.sources.suggestions;

import org.vigil.contracts.vocabulary.ClaimProperty;
import org.vigil.contracts.vocabulary.FigureValue;
import org.vigil.sources.quotes.QuoteMatcher;
import org.vigil.sources.quotes.TextQuoteSelector;

/**
 * A candidate claim found in a source's text, ready for a contributor to check and submit (issue 3,
 * point 6): what it counts, the figure, where and when, and the quote that says so.
 *
 * @param property {@code attendance}, {@code injured}, {@code killed} or {@code arrested}
 * @param value the figure, with its qualifier and the source's own words
 * @param place the city, or null when the text does not tie the figure to exactly one
 * @param date an EDTF date, or null when the text gives none
 * @param quote a selector that {@link QuoteMatcher} finds at exactly {@code [start, end)}
 * @param start where the quote starts in the text (UTF-16 index)
 * @param end where the quote ends, exclusive
 */
public record Suggestion(
        ClaimProperty property,
        FigureValue value,
        SuggestedPlace place,
        String date,
        TextQuoteSelector quote,
        int start,
        int end) {}
