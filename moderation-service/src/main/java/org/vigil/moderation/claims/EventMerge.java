package org.vigil.moderation.claims;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.vigil.moderation.identity.Account;

/**
 * A moderator's finding that two public events are one: {@code mergedEventId} now points at
 * {@code survivorEventId}. Its id is the decision id {@code EventsMerged} carries.
 */
@Entity
@Immutable
@Table(name = "event_merge")
public class EventMerge extends PanacheEntityBase {

    @Id
    public UUID id;

    public UUID mergedEventId;

    public UUID survivorEventId;

    /** The moderator's subject. */
    public String moderator;

    public String reason;

    public Instant mergedAt;

    /** {@code moderator}'s merge of {@code merged} into {@code survivor}, with its reason trimmed. */
    public static EventMerge of(UUID merged, UUID survivor, Account moderator, String reason, Instant at) {
        EventMerge merge = new EventMerge();
        merge.id = UUID.randomUUID();
        merge.mergedEventId = merged;
        merge.survivorEventId = survivor;
        merge.moderator = moderator.subject();
        merge.reason = reason.strip();
        merge.mergedAt = at;
        return merge;
    }
}
