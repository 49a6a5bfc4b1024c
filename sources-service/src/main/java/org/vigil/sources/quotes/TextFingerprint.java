package org.vigil.sources.quotes;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;

/**
 * The identity of a source's text: "the same text is one source" (docs/product.md §2, Source).
 *
 * <p>Exactly what is hashed: the UTF-8 bytes of the text after
 * <ol>
 *   <li>one leading byte-order mark (U+FEFF) is dropped,
 *   <li>every CR LF and every lone CR becomes LF,
 *   <li>trailing whitespace at the very end is dropped,
 *   <li>Unicode NFC is applied.
 * </ol>
 * The result is the SHA-256 digest as 64 lower-case hex digits.
 *
 * <p>These steps undo only what transport and editors change without a reader noticing
 * (encoding marks, Windows line endings, a final newline, composed or decomposed accents). They
 * deliberately stop there: two texts that differ in a word, a digit, letter case or inner
 * spacing are two versions, because a quote may depend on the difference. Quote matching folds
 * much more ({@link TextNormalisation}), but identity must not.
 *
 * <p>The text itself is stored as received; this canonical form is used for the hash only.
 */
public final class TextFingerprint {

    private TextFingerprint() {}

    /** The SHA-256, in lower-case hex, of {@link #canonical(String) the canonical form} of {@code text}. */
    public static String sha256(String text) {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest(canonical(text).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** The form of {@code text} that is hashed. */
    public static String canonical(String text) {
        String s = text;
        if (!s.isEmpty() && s.charAt(0) == '\uFEFF') {
            s = s.substring(1);
        }
        s = s.replace("\r\n", "\n").replace('\r', '\n').stripTrailing();
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }
}
