package org.vigil.events.webhooks;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.vigil.problem.ProblemException;

/** An opaque cursor over one list's sequence numbers; a cursor of another list is refused. */
public record PageCursor(String list) {

    public String encode(long seq) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString((list + ":" + seq).getBytes(StandardCharsets.UTF_8));
    }

    /** The sequence number a cursor stands for; {@code fallback} without one. */
    public long decode(String cursor, long fallback) {
        if (cursor == null) {
            return fallback;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8);
            if (!text.startsWith(list + ":")) {
                throw new IllegalArgumentException();
            }
            long seq = Long.parseLong(text.substring(list.length() + 1));
            if (seq < 0) {
                throw new IllegalArgumentException();
            }
            return seq;
        } catch (RuntimeException e) {
            throw ProblemException.invalid("cursor", "is not a cursor this list issued");
        }
    }
}
