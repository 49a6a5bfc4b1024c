package org.vigil.moderation.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * A row of {@code audit_act}: an act as its transaction recorded it, waiting for the
 * {@link AuditSequencer} to chain it. Immutable, as the table's trigger makes it; its
 * {@code recorded_at} is the database's clock, the column's default.
 */
@Entity
@Immutable
@Table(name = "audit_act")
public class RecordedAct extends ActColumns {

    // blocks of 50 ids per query, as the table's sequence steps: a batch's acts go in a few statements
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_act_id")
    @SequenceGenerator(name = "audit_act_id", sequenceName = "audit_act_id_seq", allocationSize = 50)
    public Long id;

    static RecordedAct of(AuditAct act) {
        RecordedAct row = new RecordedAct();
        row.occurredAt = act.occurredAt();
        row.actor = act.actor().wire();
        row.action = act.action().wire();
        row.subjectType = act.subjectType();
        row.subjectId = act.subjectId();
        row.details = act.details();
        return row;
    }
}
