package org.vigil.events.webhooks;

import org.vigil.paging.CursorText;
import org.vigil.problem.ProblemException;

/** An opaque cursor over one list's sequence numbers; a cursor of another list is refused. */
public record PageCursor(String list) {

    public String encode(long seq) {
        return CursorText.encode(list + ":" + seq);
    }

    /** The sequence number a cursor stands for; {@code fallback} without one. */
    public long decode(String cursor, long fallback) {
        if (cursor == null) {
            return fallback;
        }
        try {
            String text = CursorText.decode(cursor);
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
