package org.vigil.moderation.audit;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A row of {@code audit_act}: an act as its transaction recorded it, waiting for the
 * {@link AuditSequencer} to chain it. Immutable, as the table's trigger makes it.
 */
@Entity
@Immutable
@Table(name = "audit_act")
public class RecordedAct extends PanacheEntityBase {

    // blocks of 50 ids per query, as the table's sequence steps: a batch's acts go in a few statements
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_act_id")
    @SequenceGenerator(name = "audit_act_id", sequenceName = "audit_act_id_seq", allocationSize = 50)
    public Long id;

    @Column(name = "occurred_at")
    public Instant occurredAt;

    public String actor;

    public String action;

    @Column(name = "subject_type")
    public String subjectType;

    @Column(name = "subject_id")
    public String subjectId;

    @JdbcTypeCode(SqlTypes.JSON)
    public JsonNode details;

    // the database's clock, set by the column's default
    @Column(name = "recorded_at", insertable = false, updatable = false)
    public Instant recordedAt;

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
