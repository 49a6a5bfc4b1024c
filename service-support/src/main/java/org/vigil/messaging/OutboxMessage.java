package org.vigil.messaging;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * An integration event waiting in the database for the relay to hand it to the broker. Like {@link
 * InboxMessage}, its columns are the snake case of its fields: every service that stores it sets that
 * physical naming strategy.
 */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage extends PanacheEntityBase {

    @Id
    public UUID id;

    public String type;

    public String address;

    public String aggregateType;

    public String aggregateId;

    public Instant occurredAt;

    /** The whole envelope as JSON: what travels is exactly what was committed. */
    public String body;

    public int attempts;

    public Instant nextAttemptAt;

    public Instant sentAt;

    public String lastError;

    /** The trace of the change that wrote the row (W3C {@code traceparent}); null when untraced. */
    public String traceparent;
}
