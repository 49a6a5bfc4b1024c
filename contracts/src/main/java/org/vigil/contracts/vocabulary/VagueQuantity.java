package org.vigil.contracts.vocabulary;

import java.text.Normalizer;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A vague crowd word ("tens of thousands", "هزاران") read as a range, keeping the source's own
 * words. This is the one table every service uses (docs/product.md §2, "vague words are normalised by one
 * documented table"); {@code docs/figures.md} shows the same table with its reasoning.
 *
 * <p>The principle: a plural unit word means <em>at least two</em> of that unit and fewer than the
 * next unit word a writer would have used. "Hundreds" is 200 to 999 (a writer who saw 1,200 says
 * "over a thousand" or "thousands"); "tens of thousands" is 20,000 to 99,999. "Several" is read
 * as at least three, "a few" as two to four. Every entry is a {@link Qualifier#RANGE}: the low
 * and high ends are both stated, so figures built from vague claims still overlap or conflict in
 * the way {@code disputed} needs.
 *
 * <pre>
 * words (English)          words (Persian)                      low         high
 * several                  چند, چندین                            3           9
 * a few                                                          2           4
 * dozens                   ده‌ها (دهها, ده ها)                    24 / 20     99
 * scores                                                         40          99
 * a few hundred                                                  200         499
 * hundreds                 صدها                                  200         999
 * several hundred          چندصد, چند صد                          300         999
 * a few thousand                                                 2,000       4,999
 * thousands                هزاران                                 2,000       9,999
 * several thousand         چندهزار, چند هزار                      3,000       9,999
 * tens of thousands        ده‌ها هزار (دهها هزار, ده ها هزار)       20,000      99,999
 * hundreds of thousands    صدها هزار                              200,000     999,999
 * millions                 میلیون‌ها (میلیونها, میلیون ها)          2,000,000   9,999,999
 * </pre>
 *
 * <p>Persian "ده‌ها" literally means "tens", so it starts at 20 where English "dozens" starts at
 * 24. Matching is case-insensitive, ignores the zero-width non-joiner and folds Arabic yeh/kaf to
 * their Persian forms, because the same word reaches us typed all of those ways.
 *
 * @param words the words as the source wrote them
 * @param low the smallest number the words can mean
 * @param high the largest number the words can mean
 */
public record VagueQuantity(String words, long low, long high) {

    private static final char ZWNJ = '\u200C';

    private static final Map<String, long[]> TABLE = table();

    private static final List<String> SPELLINGS = TABLE.keySet().stream()
            .sorted((a, b) -> Integer.compare(b.length(), a.length()))
            .toList();

    public VagueQuantity {
        Objects.requireNonNull(words, "words");
        if (low > high) {
            throw new IllegalArgumentException("low " + low + " is above high " + high);
        }
    }

    /**
     * Reads {@code words} as a vague quantity. A trailing "of" ("thousands of") is allowed;
     * anything else must be exactly a table entry once case, spacing and Persian letter variants
     * are folded.
     */
    public static Optional<VagueQuantity> recognise(String words) {
        if (words == null || words.isBlank()) {
            return Optional.empty();
        }
        String key = key(words);
        if (key.endsWith(" of")) {
            key = key.substring(0, key.length() - 3);
        }
        long[] range = TABLE.get(key);
        return range == null ? Optional.empty() : Optional.of(new VagueQuantity(words.strip(), range[0], range[1]));
    }

    /**
     * Every spelling in the table, in the folded form {@link #recognise} compares against,
     * longest first, so that a scanner tries "tens of thousands" before "thousands".
     */
    public static List<String> spellings() {
        return SPELLINGS;
    }

    /** This quantity as a claim's figure value, with the original words kept. */
    public FigureValue toFigure(EstimatedBy estimatedBy) {
        return new FigureValue(
                low, high, Qualifier.RANGE, estimatedBy == null ? EstimatedBy.UNKNOWN : estimatedBy, words);
    }

    /**
     * The comparison form: NFC, lower case, Arabic yeh and kaf as Persian ی and ک, no ZWNJ, single
     * spaces. Public so that scanners fold text the same way before looking words up.
     */
    public static String key(String words) {
        String folded = Normalizer.normalize(words, Normalizer.Form.NFC)
                .toLowerCase(Locale.ROOT)
                .replace('\u064A', '\u06CC') // Arabic yeh -> Persian yeh
                .replace('\u0649', '\u06CC') // alef maksura -> Persian yeh
                .replace('\u0643', '\u06A9') // Arabic kaf -> Persian keheh
                .replace(String.valueOf(ZWNJ), "");
        return folded.strip().replaceAll("\\s+", " ");
    }

    private static Map<String, long[]> table() {
        Map<String, long[]> t = new LinkedHashMap<>();
        put(t, 3, 9, "several", "چند", "چندین");
        put(t, 2, 4, "a few");
        put(t, 24, 99, "dozens");
        put(t, 20, 99, "ده\u200Cها", "ده ها");
        put(t, 40, 99, "scores");
        put(t, 200, 499, "a few hundred");
        put(t, 200, 999, "hundreds", "صدها");
        put(t, 300, 999, "several hundred", "چندصد", "چند صد");
        put(t, 2_000, 4_999, "a few thousand");
        put(t, 2_000, 9_999, "thousands", "هزاران");
        put(t, 3_000, 9_999, "several thousand", "چندهزار", "چند هزار");
        put(t, 20_000, 99_999, "tens of thousands", "ده\u200Cها هزار", "ده ها هزار");
        put(t, 200_000, 999_999, "hundreds of thousands", "صدها هزار");
        put(t, 2_000_000, 9_999_999, "millions", "میلیون\u200Cها", "میلیون ها");
        return Collections.unmodifiableMap(t);
    }

    private static void put(Map<String, long[]> table, long low, long high, String... spellings) {
        for (String spelling : spellings) {
            long[] previous = table.put(key(spelling), new long[] {low, high});
            if (previous != null) {
                throw new IllegalStateException("duplicate spelling in the table: " + spelling);
            }
        }
    }
}
