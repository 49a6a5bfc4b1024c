package org.vigil.events.query;

import java.text.Normalizer;

/**
 * Text as the full-text index sees it, the same for what is indexed and what is searched, so
 * English and Persian both match however they were typed. PostgreSQL's {@code simple}
 * configuration then splits words and lower-cases them without stemming (no stemmer would serve
 * both languages, and a wrong stem is worse than none).
 *
 * <ul>
 *   <li>Unicode compatibility normalisation (NFKC): presentation forms and full-width letters
 *       become the letters they show.
 *   <li>Arabic yeh, alef maksura and kaf ({@code ي ى ك}), which Arabic keyboards type, become
 *       the Persian {@code ی ک}; teh marbuta and hamza forms are left alone, they are distinct letters.
 *   <li>Persian and Arabic-Indic digits become ASCII digits, so {@code ۱۴ بهمن} finds "14".
 *   <li>The zero-width non-joiner inside Persian words ({@code می‌روند}) and tatweel become a
 *       space and nothing, so a word typed with or without them is split the same way.
 * </ul>
 */
public final class SearchText {

    private SearchText() {}

    public static String normalise(String text) {
        if (text == null) {
            return null;
        }
        String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(nfkc.length());
        for (int i = 0; i < nfkc.length(); i++) {
            char c = nfkc.charAt(i);
            if (c >= '\u06F0' && c <= '\u06F9') {
                out.append((char) ('0' + (c - '\u06F0')));
            } else if (c >= '\u0660' && c <= '\u0669') {
                out.append((char) ('0' + (c - '\u0660')));
            } else if (c == '\u064A' || c == '\u0649') {
                out.append('\u06CC');
            } else if (c == '\u0643') {
                out.append('\u06A9');
            } else if (c == '\u200C') {
                out.append(' ');
            } else if (c != '\u0640') {
                out.append(c);
            }
        }
        return out.toString();
    }
}
