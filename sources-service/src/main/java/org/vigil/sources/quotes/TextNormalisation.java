package org.vigil.sources.quotes;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * Folds text so that a quote copied from a web page, a PDF or a messaging app compares equal to
 * the preserved text it was copied from (docs/product.md §2, Citation / quote). Both sides go through the
 * same folding:
 *
 * <ul>
 *   <li>Unicode NFC, applied to each base character with its combining marks;
 *   <li>every run of whitespace (including no-break and narrow spaces, tabs, line breaks) becomes
 *       one space, and the ends are trimmed;
 *   <li>typographic quotes fold to {@code '} and {@code "} (‘ ’ ‚ ‛ ′ ‹ › and “ ” „ ‟ « » ″),
 *       dashes and the minus sign to {@code -}, the ellipsis to three dots;
 *   <li>for Persian: Arabic yeh (ي, ى) to Persian ی, Arabic kaf (ك) to Persian ک, ة ۀ ە ھ to ه;
 *       Persian (۰–۹) and Arabic-Indic (٠–٩) digits to 0–9, the Arabic comma, semicolon, question
 *       mark and thousands/decimal separators to their Latin forms; harakat (U+064B–U+065F,
 *       U+0670) and tatweel (U+0640) removed, so vowel marks are optional on either side;
 *   <li>invisible characters removed: zero-width non-joiner and joiner, zero-width space, word
 *       joiner, byte-order mark, soft hyphen, and the bidirectional marks and embeddings that
 *       copy-and-paste from right-to-left pages leaves behind.
 * </ul>
 *
 * <p><b>Letter case is kept.</b> A citation vouches for what a source says word for word, and
 * case carries meaning a fact-checker cares about ("US" is not "us", "Turkey" is not "turkey",
 * a proper name is not a common noun); contributors copy and paste, so a case-only difference is
 * more often an edited quote than a typing accident. {@link QuoteMatcher} tells moderators when a
 * quote would have matched ignoring case, so they can judge rather than the folding deciding.
 *
 * <p>Removing the ZWNJ means "می‌خواهم" and "میخواهم" compare equal; a writer who typed a space
 * instead ("می خواهم") still differs, as the issue's brief for the platform asks.
 */
public final class TextNormalisation {

    /** Below U+0300 nothing combines or decomposes under NFC. */
    private static final char FIRST_MARK = '\u0300';

    /** Folds {@code original}, keeping for each folded character the original range it came from. */
    public NormalisedText normalise(String original) {
        Folding folding = new Folding(original);
        int i = 0;
        while (i < original.length()) {
            int clusterEnd = clusterEnd(original, i);
            char first = original.charAt(i);
            if (clusterEnd == i + 1 && first < FIRST_MARK) {
                // Latin-1 without combining marks is NFC already: no allocation on the hot path
                String replacement = replacementFor(first);
                if (replacement == null) {
                    folding.append(first, i, clusterEnd);
                } else {
                    folding.append(replacement, i, clusterEnd);
                }
            } else {
                String cluster = Normalizer.normalize(original.substring(i, clusterEnd), Normalizer.Form.NFC);
                for (int j = 0; j < cluster.length(); ) {
                    int cp = cluster.codePointAt(j);
                    j += Character.charCount(cp);
                    String replacement = replacementFor(cp);
                    folding.append(
                            replacement == null ? new String(Character.toChars(cp)) : replacement, i, clusterEnd);
                }
            }
            i = clusterEnd;
        }
        return folding.result();
    }

    /** The folded form alone, for quotes, prefixes and suffixes. */
    public String fold(String text) {
        return text == null ? "" : normalise(text).folded();
    }

    /**
     * A base character and the combining marks after it: NFC composes only within such a
     * sequence, so normalising sequence by sequence keeps every folded character traceable to
     * its original range.
     */
    private static int clusterEnd(String s, int start) {
        int end = start + Character.charCount(s.codePointAt(start));
        while (end < s.length()) {
            int cp = s.codePointAt(end);
            int type = Character.getType(cp);
            if (type != Character.NON_SPACING_MARK
                    && type != Character.COMBINING_SPACING_MARK
                    && type != Character.ENCLOSING_MARK) {
                break;
            }
            end += Character.charCount(cp);
        }
        return end;
    }

    private static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
    }

    /**
     * The replacement for one NFC code point: {@code null} to keep it, {@code " "} for any
     * whitespace (collapsed later), otherwise the folded string, possibly empty.
     */
    private static String replacementFor(int cp) {
        if (isSpace(cp)) {
            return " ";
        }
        if (cp >= '\u06F0' && cp <= '\u06F9') {
            return String.valueOf((char) ('0' + cp - '\u06F0'));
        }
        if (cp >= '\u0660' && cp <= '\u0669') {
            return String.valueOf((char) ('0' + cp - '\u0660'));
        }
        if ((cp >= '\u064B' && cp <= '\u065F') || cp == '\u0670') {
            return ""; // harakat, hamza above/below, superscript alef: optional marks
        }
        switch (cp) {
            case '\u2018':
            case '\u2019':
            case '\u201A':
            case '\u201B':
            case '\u2032':
            case '\u2039':
            case '\u203A':
            case '\u02BC':
            case '\uFF07':
                return "'";
            case '\u201C':
            case '\u201D':
            case '\u201E':
            case '\u201F':
            case '\u00AB':
            case '\u00BB':
            case '\u2033':
            case '\u301D':
            case '\u301E':
            case '\uFF02':
                return "\"";
            case '\u2010':
            case '\u2011':
            case '\u2012':
            case '\u2013':
            case '\u2014':
            case '\u2015':
            case '\u2212':
            case '\uFE58':
            case '\uFE63':
            case '\uFF0D':
                return "-";
            case '\u2026':
                return "...";
            case '\u064A':
            case '\u0649':
                return "\u06CC"; // Arabic yeh, alef maksura -> Persian yeh
            case '\u0643':
                return "\u06A9"; // Arabic kaf -> Persian keheh
            case '\u0629':
            case '\u06C0':
            case '\u06D5':
            case '\u06BE':
                return "\u0647"; // teh marbuta, heh with yeh above, ae, heh doachashmee -> heh
            case '\u066B':
                return ".";
            case '\u066C':
            case '\u060C':
                return ",";
            case '\u061B':
                return ";";
            case '\u061F':
                return "?";
            case '\u0640': // tatweel
            case '\u200B':
            case '\u200C':
            case '\u200D':
            case '\u2060':
            case '\uFEFF':
            case '\u00AD':
            case '\u200E':
            case '\u200F':
            case '\u061C':
            case '\u202A':
            case '\u202B':
            case '\u202C':
            case '\u202D':
            case '\u202E':
            case '\u2066':
            case '\u2067':
            case '\u2068':
            case '\u2069':
                return "";
            default:
                return null;
        }
    }

    /** Builds the folded text and its offset map, collapsing whitespace runs into one space. */
    private static final class Folding {
        private final String original;
        private final StringBuilder folded;
        private int[] starts;
        private int[] ends;
        private int count;
        private int spaceStart = -1;
        private int spaceEnd = -1;

        Folding(String original) {
            this.original = original;
            this.folded = new StringBuilder(original.length());
            this.starts = new int[Math.max(16, original.length())];
            this.ends = new int[starts.length];
        }

        void append(String replacement, int from, int to) {
            if (replacement.equals(" ")) {
                if (spaceStart < 0) {
                    spaceStart = from;
                }
                spaceEnd = to;
                return;
            }
            for (int k = 0; k < replacement.length(); k++) {
                append(replacement.charAt(k), from, to);
            }
        }

        void append(char c, int from, int to) {
            if (spaceStart >= 0) {
                // a pending run of whitespace becomes one space, never at the start
                if (folded.length() > 0) {
                    put(' ', spaceStart, spaceEnd);
                }
                spaceStart = -1;
            }
            put(c, from, to);
        }

        private void put(char c, int from, int to) {
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
                ends = Arrays.copyOf(ends, count * 2);
            }
            folded.append(c);
            starts[count] = from;
            ends[count] = to;
            count++;
        }

        NormalisedText result() {
            // a trailing whitespace run is simply never emitted: the folded text is trimmed
            return new NormalisedText(
                    original, folded.toString(), Arrays.copyOf(starts, count), Arrays.copyOf(ends, count));
        }
    }
}
