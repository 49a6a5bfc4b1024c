package org.vigil.moderation.audit;

import java.time.Instant;

/**
 * The answer of {@code GET /api/v1/audit/verify}.
 *
 * @param valid whether every entry is intact and in place, records its act as it was committed, every
 *     act older than the sequencing bound is in the log (and the log matches the anchor, when one was given)
 * @param entries how many entries were read, including any after the first bad one
 * @param head the stored hash of the last entry read; the genesis hash for an empty log
 * @param firstBadEntry the lowest sequence number at which the log is not what was written (for an act
 *     missing from the log: the place after the last entry), or null
 * @param problem what is wrong at {@code firstBadEntry}, in words for an admin; null when valid.
 *     It names sequence numbers and act numbers only, never an actor.
 * @param awaitingSequencing acts committed but not chained yet: normally a few, for milliseconds
 * @param oldestAwaitingSince when the oldest of those was recorded; null when none awaits
 */
public record AuditVerification(
        boolean valid,
        long entries,
        String head,
        Long firstBadEntry,
        String problem,
        long awaitingSequencing,
        Instant oldestAwaitingSince) {

    static AuditVerification intact(long entries, String head) {
        return new AuditVerification(true, entries, head, null, null, 0, null);
    }

    static AuditVerification broken(long entries, String head, long firstBadEntry, String problem) {
        return new AuditVerification(false, entries, head, firstBadEntry, problem, 0, null);
    }

    /** This answer, with the acts that await the sequencer. */
    AuditVerification awaiting(long acts, Instant oldestSince) {
        return new AuditVerification(valid, entries, head, firstBadEntry, problem, acts, oldestSince);
    }

    /** This answer, or the first problem found after the walk when the walk found none. */
    AuditVerification or(Long entry, String why) {
        if (!valid || why == null) {
            return this;
        }
        return new AuditVerification(false, entries, head, entry, why, awaitingSequencing, oldestAwaitingSince);
    }
}
