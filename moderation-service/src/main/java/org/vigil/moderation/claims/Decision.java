package org.vigil.moderation.claims;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One moderator's act on one revision of a claim. Written once, never changed. */
@Entity
@Table(name = "decision")
public class Decision extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "claim_id")
    public UUID claimId;

    public int revision;

    public String moderator;

    @Column(name = "moderator_pseudonym")
    public String moderatorPseudonym;

    /** approve, reject, request_changes, retract */
    public String decision;

    public String reason;

    @Column(name = "decided_at")
    public Instant decidedAt;
}
