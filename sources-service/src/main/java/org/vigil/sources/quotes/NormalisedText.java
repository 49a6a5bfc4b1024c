package org.vigil.sources.quotes;

import java.util.Objects;

/**
 * A text folded for comparison, remembering where each folded character came from in the
 * original. Quotes are searched in {@link #folded()} but reported with offsets into
 * {@link #original()}, because moderators highlight the preserved text, not our folding of it.
 *
 * <p>Offsets are UTF-16 code-unit indices, the way Java and JavaScript index strings.
 */
public final class NormalisedText {

    private final String original;
    private final String folded;
    private final int[] starts;
    private final int[] ends;

    NormalisedText(String original, String folded, int[] starts, int[] ends) {
        this.original = Objects.requireNonNull(original);
        this.folded = Objects.requireNonNull(folded);
        if (starts.length != folded.length() || ends.length != folded.length()) {
            throw new IllegalArgumentException("one original range per folded character");
        }
        this.starts = starts;
        this.ends = ends;
    }

    public String original() {
        return original;
    }

    public String folded() {
        return folded;
    }

    /** Where, in the original, the folded character at {@code foldedIndex} begins. */
    public int originalStart(int foldedIndex) {
        return starts[foldedIndex];
    }

    /** Where, in the original, the folded character at {@code foldedIndex} ends (exclusive). */
    public int originalEnd(int foldedIndex) {
        return ends[foldedIndex];
    }

    /**
     * The folded index of the first folded character that comes from at or after
     * {@code originalOffset}; {@code folded().length()} when none does.
     */
    public int foldedIndexAtOrAfter(int originalOffset) {
        int low = 0;
        int high = starts.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (starts[mid] < originalOffset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
