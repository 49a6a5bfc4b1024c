package org.vigil.input;

/**
 * The one rule for text any caller sends: no NUL characters (PostgreSQL cannot store them, and
 * they cut text short wherever C strings are used) and no unpaired UTF-16 surrogates (they are no
 * Unicode text at all: encoded to UTF-8 they become {@code ?}, and two different texts would become
 * one).
 */
public final class TextValues {

    private TextValues() {}

    /** Why {@code text} is not acceptable text, or null when it is (null text included). */
    public static String problemWith(String text) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\0') {
                return "must not contain NUL characters";
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return "must be valid Unicode text (it has an unpaired surrogate)";
            }
            if (Character.isLowSurrogate(c)) {
                return "must be valid Unicode text (it has an unpaired surrogate)";
            }
        }
        return null;
    }
}
