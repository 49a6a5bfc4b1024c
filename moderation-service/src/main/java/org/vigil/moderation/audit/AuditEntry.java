package org.vigil.moderation.audit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/**
 * One entry of the audit log, exactly as stored. See {@link AuditChain} for how {@code hash} is
 * computed and what {@code previousHash} links to.
 *
 * <p>No validation here on purpose: this is also how rows read back from the database reach the
 * verifier, and a tampered row (even one with a null column) must be reported as a bad entry, not
 * fail to load. {@code details} is copied in and out so the entry cannot change after hashing.
 */
public record AuditEntry(
        long sequence,
        Instant occurredAt,
        String actor,
        String action,
        String subjectType,
        String subjectId,
        ObjectNode details,
        String previousHash,
        String hash) {

    public AuditEntry {
        details = details == null ? null : details.deepCopy();
    }

    @Override
    public ObjectNode details() {
        return details == null ? null : details.deepCopy();
    }

    /** This entry as the head of the log, to append the next entry after it. */
    public ChainHead asHead() {
        return new ChainHead(sequence, hash);
    }
}
