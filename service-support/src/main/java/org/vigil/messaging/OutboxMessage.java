package org.vigil.messaging;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An integration event waiting in the database for the relay to hand it to the broker. */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage extends PanacheEntityBase {

    @Id
    public UUID id;

    public String type;

    public String address;

    @Column(name = "aggregate_type")
    public String aggregateType;

    @Column(name = "aggregate_id")
    public String aggregateId;

    @Column(name = "occurred_at")
    public Instant occurredAt;

    /** The whole envelope as JSON: what travels is exactly what was committed. */
    public String body;

    public int attempts;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    @Column(name = "sent_at")
    public Instant sentAt;

    @Column(name = "last_error")
    public String lastError;

    /** The trace of the change that wrote the row (W3C {@code traceparent}); null when untraced. */
    public String traceparent;
}
