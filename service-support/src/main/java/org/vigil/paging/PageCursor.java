package org.vigil.paging;

import java.time.Instant;
import java.util.UUID;
import org.vigil.problem.ProblemException;

/** Where a page of a time-ordered list ended: opaque to clients, a 400 when forged. */
public record PageCursor(Instant at, UUID id) {

    public String encode() {
        return CursorText.encode(at + "|" + id);
    }

    public static PageCursor decode(String cursor) {
        try {
            String[] parts = CursorText.decode(cursor).split("\\|");
            return new PageCursor(Instant.parse(parts[0]), UUID.fromString(parts[1]));
        } catch (RuntimeException e) {
            throw ProblemException.invalid("cursor", "is not a cursor this service issued");
        }
    }
}
