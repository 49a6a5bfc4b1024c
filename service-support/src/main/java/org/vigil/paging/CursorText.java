package org.vigil.paging;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The text inside an opaque cursor, base64url without padding. A cursor is client input: decoding
 * accepts only well-formed UTF-8 without control characters, so a forged one (a NUL byte, half a
 * character) is refused here as a 400 instead of reaching PostgreSQL, which rejects such text with
 * an error the client would see as a 500.
 */
public final class CursorText {

    private CursorText() {}

    public static String encode(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The text a cursor carries; {@link IllegalArgumentException} when no cursor of ours could carry it. */
    public static String decode(String cursor) {
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Base64.getUrlDecoder().decode(cursor.strip())))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("a cursor is UTF-8 text", e);
        }
        if (text.isEmpty() || text.codePoints().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("a cursor holds no control characters");
        }
        return text;
    }
}
