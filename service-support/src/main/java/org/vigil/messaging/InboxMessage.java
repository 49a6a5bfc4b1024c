package org.vigil.messaging;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A message whose effect is committed; its id is the deduplication key. */
@Entity
@Table(name = "inbox_message")
public class InboxMessage extends PanacheEntityBase {

    @Id
    public UUID messageId;

    public String type;

    public Instant processedAt;

    public InboxMessage() {}

    InboxMessage(UUID messageId, String type, Instant processedAt) {
        this.messageId = messageId;
        this.type = type;
        this.processedAt = processedAt;
    }
}
