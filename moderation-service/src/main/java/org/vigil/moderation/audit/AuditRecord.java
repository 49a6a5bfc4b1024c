package org.vigil.moderation.audit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * A row of {@code audit_entry}. Immutable to Hibernate as well as to the database trigger: an
 * entry is inserted once and never flushed again.
 */
@Entity
@Immutable
@Table(name = "audit_entry")
public class AuditRecord extends ActColumns {

    @Id
    public long sequence;

    @Column(name = "previous_hash")
    public String previousHash;

    public String hash;

    static AuditRecord of(AuditEntry entry) {
        AuditRecord record = new AuditRecord();
        record.sequence = entry.sequence();
        record.occurredAt = entry.occurredAt();
        record.actor = entry.actor();
        record.action = entry.action();
        record.subjectType = entry.subjectType();
        record.subjectId = entry.subjectId();
        record.details = entry.details();
        record.previousHash = entry.previousHash();
        record.hash = entry.hash();
        return record;
    }

    /** The entry as stored, tampered or not: the verifier judges it. */
    public AuditEntry entry() {
        return new AuditEntry(
                sequence,
                occurredAt,
                actor,
                action,
                new AuditEntry.Subject(subjectType, subjectId),
                details instanceof ObjectNode object ? object : null,
                previousHash,
                hash);
    }
}
