package org.vigil.moderation.claims;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.vigil.moderation.identity.Account;

/**
 * An act one moderator proposed and a second must confirm before it applies: retracting an event,
 * undoing a retraction, merging two events. Confirmed once, then never changed.
 */
@Entity
@Table(name = "proposal")
public class Proposal extends PanacheEntityBase {

    public static final String RETRACT = "retract";
    public static final String UNRETRACT = "unretract";
    public static final String MERGE = "merge";

    @Id
    public UUID id;

    /** retract, unretract or merge */
    public String action;

    /** The claim retracted or restored, or the event merged away. */
    public UUID subjectId;

    /** For a merge: the event that survives. */
    public UUID intoEventId;

    public String reason;

    /** The proposing moderator's subject: compared, never shown. */
    public String proposer;

    public String proposerPseudonym;

    public Instant proposedAt;

    /** The confirming moderator's subject: compared, never shown. */
    public String confirmer;

    public String confirmerPseudonym;

    public Instant confirmedAt;

    /** Two moderators confirming at the same moment: one gets a conflict. */
    @Version
    public long version;

    /** {@code proposer}'s proposal to {@code action} on {@code subjectId} ({@code intoEventId}: a merge's survivor). */
    public static Proposal of(
            String action, UUID subjectId, UUID intoEventId, String reason, Account proposer, Instant at) {
        Proposal proposal = new Proposal();
        proposal.id = UUID.randomUUID();
        proposal.action = action;
        proposal.subjectId = subjectId;
        proposal.intoEventId = intoEventId;
        proposal.reason = reason;
        proposal.proposer = proposer.subject();
        proposal.proposerPseudonym = proposer.moderatorPseudonym().value();
        proposal.proposedAt = at;
        return proposal;
    }

    /** The proposal of {@code action} on {@code subjectId} still waiting for a second moderator, or null. */
    public static Uni<Proposal> open(String action, UUID subjectId) {
        return find("action = ?1 and subjectId = ?2 and confirmedAt is null", action, subjectId)
                .firstResult();
    }

    public boolean isConfirmed() {
        return confirmedAt != null;
    }

    public void confirm(Account moderator, Instant at) {
        confirmer = moderator.subject();
        confirmerPseudonym = moderator.moderatorPseudonym().value();
        confirmedAt = at;
    }
}
