package org.vigil.sources.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks a citation's quote against the preserved text of the source it cites (docs/product.md §2,
 * Citation / quote; issue 3, point 3). Text and quote are both folded by
 * {@link TextNormalisation}; the answer carries offsets into the original text.
 *
 * <p>When the quote's words occur more than once, the W3C prefix and suffix decide: the prefix
 * must match the text just before an occurrence, read backwards from its tail, and the suffix the
 * text just after it, read from its head. One occurrence matching every context given is
 * {@code found}. When none matches fully (the contributor copied a little more or less context
 * than the preserved text has) the occurrence with clearly the longest matching context is taken,
 * provided at least {@value #MIN_CONTEXT} characters of context agree; otherwise the quote is
 * {@code ambiguous} and moderators are told how many places it could be.
 */
public final class QuoteMatcher {

    /** Fewer matching context characters than this cannot pick one occurrence among several. */
    static final int MIN_CONTEXT = 8;

    /** Context lengths tried, in order, when building a selector that finds one place only. */
    private static final int[] CONTEXT_LENGTHS = {32, 64, 128, 256, 512, 1024, 4096, 16384};

    private final TextNormalisation normalisation;

    public QuoteMatcher() {
        this(new TextNormalisation());
    }

    public QuoteMatcher(TextNormalisation normalisation) {
        this.normalisation = normalisation;
    }

    /** Checks {@code quote} against {@code preservedText}. */
    public QuoteMatch match(String preservedText, TextQuoteSelector quote) {
        return match(normalisation.normalise(preservedText), quote);
    }

    /** Checks {@code quote} against a text folded once for many quotes. */
    public QuoteMatch match(NormalisedText text, TextQuoteSelector quote) {
        String exact = normalisation.fold(quote.exact());
        String haystack = text.folded();
        if (exact.isEmpty()) {
            return QuoteMatch.notFound(false);
        }
        List<Integer> occurrences = occurrences(haystack, exact);
        if (occurrences.isEmpty()) {
            return QuoteMatch.notFound(containsIgnoringCase(haystack, exact));
        }
        int chosen = occurrences.size() == 1
                ? occurrences.get(0)
                : choose(
                        haystack,
                        occurrences,
                        exact.length(),
                        normalisation.fold(quote.prefix()),
                        normalisation.fold(quote.suffix()));
        if (chosen < 0) {
            return QuoteMatch.ambiguous(occurrences.size());
        }
        return QuoteMatch.found(
                text.originalStart(chosen), text.originalEnd(chosen + exact.length() - 1), occurrences.size());
    }

    /**
     * A selector for the original range {@code [start, end)} whose prefix and suffix are long
     * enough for {@link #match} to find that range and no other: at least 32 characters of
     * context each, more when the same words recur with the same surroundings.
     */
    public TextQuoteSelector selectorFor(NormalisedText text, int start, int end) {
        String original = text.original();
        String exact = original.substring(start, end);
        int target = text.foldedIndexAtOrAfter(start);
        TextQuoteSelector selector = TextQuoteSelector.of(exact);
        for (int length : CONTEXT_LENGTHS) {
            int from = wordStartAtOrAfter(original, Math.max(0, start - length), start);
            int to = wordEndAtOrBefore(original, Math.min(original.length(), end + length), end);
            selector = new TextQuoteSelector(exact, original.substring(from, start), original.substring(end, to));
            QuoteMatch match = match(text, selector);
            if (match.isFound() && target < text.folded().length() && match.start() == text.originalStart(target)) {
                return selector;
            }
            if (from == 0 && to == original.length()) {
                break;
            }
        }
        return selector;
    }

    private static List<Integer> occurrences(String haystack, String needle) {
        List<Integer> found = new ArrayList<>();
        for (int at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
            found.add(at);
        }
        return found;
    }

    private static int choose(String haystack, List<Integer> occurrences, int length, String prefix, String suffix) {
        if (prefix.isEmpty() && suffix.isEmpty()) {
            return -1;
        }
        List<Integer> fullMatches = new ArrayList<>();
        int best = -1;
        int bestScore = -1;
        boolean tied = false;
        for (int at : occurrences) {
            int before = matchingTail(prefix, haystack, at);
            int after = matchingHead(suffix, haystack, at + length);
            if (before == prefix.length() && after == suffix.length()) {
                fullMatches.add(at);
            }
            int score = before + after;
            if (score > bestScore) {
                best = at;
                bestScore = score;
                tied = false;
            } else if (score == bestScore) {
                tied = true;
            }
        }
        if (fullMatches.size() == 1) {
            return fullMatches.get(0);
        }
        if (fullMatches.isEmpty() && !tied && bestScore >= MIN_CONTEXT) {
            return best;
        }
        return -1;
    }

    /** How many characters at the end of {@code prefix} match the text just before {@code at}. */
    private static int matchingTail(String prefix, String haystack, int at) {
        int j = at;
        if (j > 0 && haystack.charAt(j - 1) == ' ') {
            j--; // folded contexts are trimmed: the space at the junction is not part of them
        }
        int k = 0;
        while (k < prefix.length()
                && j - 1 - k >= 0
                && prefix.charAt(prefix.length() - 1 - k) == haystack.charAt(j - 1 - k)) {
            k++;
        }
        return k;
    }

    /** How many characters at the start of {@code suffix} match the text just after {@code at}. */
    private static int matchingHead(String suffix, String haystack, int at) {
        int j = at;
        if (j < haystack.length() && haystack.charAt(j) == ' ') {
            j++;
        }
        int k = 0;
        while (k < suffix.length() && j + k < haystack.length() && suffix.charAt(k) == haystack.charAt(j + k)) {
            k++;
        }
        return k;
    }

    private static boolean containsIgnoringCase(String haystack, String needle) {
        for (int at = 0; at + needle.length() <= haystack.length(); at++) {
            if (haystack.regionMatches(true, at, needle, 0, needle.length())) {
                return true;
            }
        }
        return false;
    }

    /** {@code from}, moved forward past a partly cut word, but never to {@code limit} or beyond. */
    private static int wordStartAtOrAfter(String text, int from, int limit) {
        if (from == 0 || Character.isWhitespace(text.charAt(from - 1))) {
            return from;
        }
        for (int i = from; i < limit; i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i + 1 < limit ? i + 1 : from;
            }
        }
        return from;
    }

    /** {@code to}, moved back before a partly cut word, but never to {@code limit} or before. */
    private static int wordEndAtOrBefore(String text, int to, int limit) {
        if (to == text.length() || Character.isWhitespace(text.charAt(to))) {
            return to;
        }
        for (int i = to - 1; i > limit; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return to;
    }
}
