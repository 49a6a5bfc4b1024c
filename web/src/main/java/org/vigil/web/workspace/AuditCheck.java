package org.vigil.web.workspace;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * moderation-service's walk of the audit chain: intact or not, how long, where it broke, and the
 * committed acts its sequencer has not chained yet (normally none, or a few for milliseconds; a
 * number that stays up means the sequencer is stuck, and verification fails once the oldest is
 * past its bound).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AuditCheck(
        boolean valid,
        long entries,
        String head,
        Long firstBadEntry,
        String problem,
        long awaitingSequencing,
        Instant oldestAwaitingSince) {

    private static final DateTimeFormatter UTC_SECOND = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'");

    /** The entry where the chain breaks; 0 when the service did not say. */
    public long brokenAt() {
        return firstBadEntry == null ? 0 : firstBadEntry;
    }

    /** When the oldest act still waiting to be chained was recorded, to the second in UTC; empty when none waits. */
    public String oldestAwaiting() {
        return oldestAwaitingSince == null ? "" : UTC_SECOND.format(oldestAwaitingSince.atOffset(ZoneOffset.UTC));
    }
}
