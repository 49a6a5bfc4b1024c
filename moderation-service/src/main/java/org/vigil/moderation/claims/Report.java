package org.vigil.moderation.claims;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** What a contributor submitted: a note and claims about one event, new or existing. */
@Entity
@Table(name = "report")
public class Report extends PanacheEntityBase {

    @Id
    public UUID id;

    public UUID eventId;

    public boolean proposesEvent;

    /** The OIDC subject. It never leaves this service: not in messages, not to moderators. */
    public String submitter;

    public String submitterPseudonym;

    public String note;

    public Instant submittedAt;

    public Instant withdrawnAt;
}
