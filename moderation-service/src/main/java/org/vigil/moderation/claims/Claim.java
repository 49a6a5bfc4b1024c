package org.vigil.moderation.claims;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.vigil.contracts.vocabulary.ClaimProperty;
import org.vigil.contracts.vocabulary.ClaimStatus;

/** One atomic assertion about an event, as it moves through moderation. */
@Entity
@Table(name = "claim")
public class Claim extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "report_id")
    public UUID reportId;

    @Column(name = "event_id")
    public UUID eventId;

    @Enumerated(EnumType.STRING)
    public ClaimProperty property;

    @JdbcTypeCode(SqlTypes.JSON)
    public JsonNode value;

    @Convert(converter = CitationsColumn.class)
    public List<Citation> citations;

    @Enumerated(EnumType.STRING)
    public ClaimStatus status;

    public boolean sensitive;

    /** The event's kind and country, kept for the queue's filters. */
    public String kind;

    @Column(name = "country_code")
    public String countryCode;

    public String submitter;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public int revision;

    /** Two moderators deciding at the same moment: one of them gets a conflict, never a lost update. */
    @Version
    public long version;
}
