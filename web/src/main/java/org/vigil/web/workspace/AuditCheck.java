package org.vigil.web.workspace;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * moderation-service's walk of the audit chain: intact or not, how long, where it broke, and the
 * sequencer's backlog.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AuditCheck(
        boolean valid,
        long entries,
        String head,
        Long firstBadEntry,
        String problem,
        @JsonUnwrapped Backlog backlog) {

    /** The entry where the chain breaks; 0 when the service did not say. */
    public long brokenAt() {
        return firstBadEntry == null ? 0 : firstBadEntry;
    }

    /**
     * Committed acts the sequencer has not chained yet: normally none, or a few for milliseconds; a
     * number that stays up means the sequencer is stuck, and verification fails once the oldest is
     * past its bound.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Backlog(
            @JsonProperty("awaitingSequencing") long acts,
            @JsonProperty("oldestAwaitingSince") Instant oldestSince) {

        private static final DateTimeFormatter UTC_SECOND = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'");

        /** When the oldest of them was recorded, to the second in UTC; empty when none waits. */
        public String oldestAt() {
            return oldestSince == null ? "" : UTC_SECOND.format(oldestSince.atOffset(ZoneOffset.UTC));
        }
    }
}
