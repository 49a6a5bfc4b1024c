package org.vigil.sources.quotes;

import org.vigil.contracts.vocabulary.QuoteCheck;

/**
 * What a quote check found.
 *
 * @param check {@code found}, {@code ambiguous} or {@code not_found}
 * @param start where the quote starts in the preserved text, when found (UTF-16 index)
 * @param end where it ends, exclusive, when found
 * @param occurrences how many times the quote's words occur in the text, whatever the context
 * @param matchesIgnoringCase for a quote not found: whether it would have been found had letter
 *     case been ignored, a hint for the moderator that the quote was edited or retyped
 */
public record QuoteMatch(QuoteCheck check, Integer start, Integer end, int occurrences, boolean matchesIgnoringCase) {

    static QuoteMatch found(int start, int end, int occurrences) {
        return new QuoteMatch(QuoteCheck.FOUND, start, end, occurrences, false);
    }

    static QuoteMatch ambiguous(int occurrences) {
        return new QuoteMatch(QuoteCheck.AMBIGUOUS, null, null, occurrences, false);
    }

    static QuoteMatch notFound(boolean matchesIgnoringCase) {
        return new QuoteMatch(QuoteCheck.NOT_FOUND, null, null, 0, matchesIgnoringCase);
    }

    public boolean isFound() {
        return check == QuoteCheck.FOUND;
    }
}
