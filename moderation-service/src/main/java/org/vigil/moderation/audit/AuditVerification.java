package org.vigil.moderation.audit;

/**
 * The answer of {@code GET /api/v1/audit/verify}.
 *
 * @param valid whether every entry is intact and in place (and matches the anchor, when one was given)
 * @param entries how many entries were read, including any after the first bad one
 * @param head the stored hash of the last entry read; the genesis hash for an empty log
 * @param firstBadEntry the lowest sequence number at which the log is not what was written, or null
 * @param problem what is wrong at {@code firstBadEntry}, in words for an admin; null when valid.
 *     It names sequence numbers only, never an actor.
 */
public record AuditVerification(boolean valid, long entries, String head, Long firstBadEntry, String problem) {

    static AuditVerification intact(long entries, String head) {
        return new AuditVerification(true, entries, head, null, null);
    }

    static AuditVerification broken(long entries, String head, long firstBadEntry, String problem) {
        return new AuditVerification(false, entries, head, firstBadEntry, problem);
    }
}
