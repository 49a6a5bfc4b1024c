package org.vigil.moderation.claims;

/**
 * Which revision's citation a quote check answers. {@code ReportSubmitted} numbers a claim's
 * citations and {@code QuoteChecked} echoes the number back; a revised claim is announced again
 * with its new citations, so the number carries the revision too:
 * {@code (revision - 1) * STRIDE + position}. The first revision's numbers are the plain
 * positions. A late check for an earlier revision is thus recognised and ignored, instead of
 * landing on the new citation in the same position.
 */
public record QuoteIndex(int revision, int position) {

    /** More than the most citations a claim may carry. */
    public static final int STRIDE = 100;

    public QuoteIndex {
        if (revision < 1 || position < 0 || position >= STRIDE) {
            throw new IllegalArgumentException("no citation " + position + " of revision " + revision);
        }
    }

    public static QuoteIndex fromWire(int index) {
        return new QuoteIndex(index / STRIDE + 1, index % STRIDE);
    }

    public int wire() {
        return (revision - 1) * STRIDE + position;
    }
}
