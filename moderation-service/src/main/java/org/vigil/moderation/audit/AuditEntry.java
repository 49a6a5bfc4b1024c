package org.vigil.moderation.audit;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
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
@JsonPropertyOrder({
    "sequence",
    "occurredAt",
    "actor",
    "action",
    "subjectType",
    "subjectId",
    "details",
    "previousHash",
    "hash"
})
public record AuditEntry(
        long sequence,
        Instant occurredAt,
        String actor,
        String action,
        @JsonIgnore Subject subject,
        ObjectNode details,
        String previousHash,
        String hash) {

    /** What the act was about: a claim, report, event or publisher, and its id; either may be null when tampered. */
    public record Subject(String type, String id) {}

    public AuditEntry {
        details = details == null ? null : details.deepCopy();
    }

    // the wire form keeps the subject's two columns side by side, as the table stores them
    @JsonProperty
    public String subjectType() {
        return subject == null ? null : subject.type();
    }

    @JsonProperty
    public String subjectId() {
        return subject == null ? null : subject.id();
    }

    /** This entry sealed with {@code hash}. */
    public AuditEntry withHash(String hash) {
        return new AuditEntry(sequence, occurredAt, actor, action, subject, details, previousHash, hash);
    }

    /** This entry with {@code details} as they were read back, hash unchanged. */
    public AuditEntry withDetails(ObjectNode details) {
        return new AuditEntry(sequence, occurredAt, actor, action, subject, details, previousHash, hash);
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
