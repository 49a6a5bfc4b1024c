package org.vigil.moderation.audit;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * What an act is, in the columns {@code audit_act} and {@code audit_entry} share: an entry holds
 * its act's content exactly, and verification compares the two column by column.
 */
@MappedSuperclass
public abstract class ActColumns extends PanacheEntityBase {

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
}
