package org.vigil.events.repository;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.vigil.contracts.vocabulary.ClaimProperty;

/** An approved claim as the public record received it; retracted ones stay, marked. */
@Entity
@Table(name = "approved_claim")
public class ApprovedClaimRow extends PanacheEntityBase {

    @Id
    public UUID claimId;

    /** The event it counts for now: a merge moves claims to the surviving event. */
    public UUID eventId;

    public UUID originalEventId;

    @Enumerated(EnumType.STRING)
    public ClaimProperty property;

    @JdbcTypeCode(SqlTypes.JSON)
    public JsonNode value;

    /** JSON array of ClaimApproved.Citation (a text column: Hibernate Reactive binds JSON as objects only). */
    public String citations;

    /** JSON array of the decision ids behind the approval. */
    public String decisionIds;

    public Instant approvedAt;

    /** When a merge brought this claim to {@code eventId}; {@code null} for the event's own claims. */
    public Instant absorbedAt;

    public Instant retractedAt;

    public String retractionReason;
}
