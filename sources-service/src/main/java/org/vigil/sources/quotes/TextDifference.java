package org.vigil.sources.quotes;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What changed from one preserved text to the next, word by word: what a moderator reads to judge
 * whether a new version is the page updated upstream or someone rewriting a source others cite.
 * Offsets are UTF-16 indexes, as quote offsets are, so a client can highlight them in either text.
 * Very long texts are compared line by line instead, which bounds the work.
 */
public final class TextDifference {

    /** Above this many words in both texts together, lines are compared instead of words. */
    static final int MAX_WORDS = 200_000;

    private static final Pattern WORDS = Pattern.compile("\\s+|[^\\s]+");
    private static final Pattern LINES = Pattern.compile("[^\\n]*\\n|[^\\n]+$");

    /**
     * One change: {@code removed} stood at {@code [previousStart, previousEnd)} of the earlier text,
     * {@code inserted} stands at {@code [start, end)} of the later one.
     *
     * @param kind {@code insert}, {@code delete} or {@code change}
     */
    public record Change(
            String kind, int previousStart, int previousEnd, String removed, int start, int end, String inserted) {}

    private TextDifference() {}

    public static List<Change> between(String previous, String current) {
        List<String> before = tokens(WORDS, previous);
        List<String> after = tokens(WORDS, current);
        if (before.size() + after.size() > MAX_WORDS) {
            before = tokens(LINES, previous);
            after = tokens(LINES, current);
        }
        int[] beforeAt = offsets(before);
        int[] afterAt = offsets(after);
        List<Change> changes = new ArrayList<>();
        for (AbstractDelta<String> delta : DiffUtils.diff(before, after).getDeltas()) {
            int from = delta.getSource().getPosition();
            int to = delta.getTarget().getPosition();
            Change change = new Change(
                    delta.getType().name().toLowerCase(Locale.ROOT),
                    beforeAt[from],
                    beforeAt[from + delta.getSource().size()],
                    String.join("", delta.getSource().getLines()),
                    afterAt[to],
                    afterAt[to + delta.getTarget().size()],
                    String.join("", delta.getTarget().getLines()));
            int last = changes.size() - 1;
            if (last >= 0 && onlySpaceBetween(changes.get(last), change, previous, current)) {
                changes.set(last, joined(changes.get(last), change, previous, current));
            } else {
                changes.add(change);
            }
        }
        return changes;
    }

    /** "Over 250,000" → "About 2,000" reads as one change, not two with a space kept between. */
    private static boolean onlySpaceBetween(Change first, Change second, String previous, String current) {
        return previous.substring(first.previousEnd(), second.previousStart()).isBlank()
                && current.substring(first.end(), second.start()).isBlank();
    }

    private static Change joined(Change first, Change second, String previous, String current) {
        return new Change(
                "change",
                first.previousStart(),
                second.previousEnd(),
                previous.substring(first.previousStart(), second.previousEnd()),
                first.start(),
                second.end(),
                current.substring(first.start(), second.end()));
    }

    private static List<String> tokens(Pattern pattern, String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            if (!matcher.group().isEmpty()) {
                tokens.add(matcher.group());
            }
        }
        return tokens;
    }

    /** Where each token starts, and at the end where the text ends. */
    private static int[] offsets(List<String> tokens) {
        int[] at = new int[tokens.size() + 1];
        for (int i = 0; i < tokens.size(); i++) {
            at[i + 1] = at[i] + tokens.get(i).length();
        }
        return at;
    }
}
