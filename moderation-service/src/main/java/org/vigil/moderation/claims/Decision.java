package org.vigil.moderation.claims;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.vigil.moderation.identity.Account;

/** One moderator's act on one revision of a claim. Written once, never changed. */
@Entity
@Immutable
@Table(name = "decision")
public class Decision extends PanacheEntityBase {

    public static final String APPROVE = "approve";
    public static final String RETRACT = "retract";
    public static final String UNRETRACT = "unretract";

    @Id
    public UUID id;

    public UUID claimId;

    public int revision;

    /** The moderator's subject: compared, never shown. */
    public String moderator;

    public String moderatorPseudonym;

    /** approve, reject, request_changes, retract, unretract */
    public String decision;

    public String reason;

    /** For an approval of a proposed event: the existing event the moderator took it to duplicate. */
    public UUID duplicateOf;

    public Instant decidedAt;

    /** {@code moderator}'s decision on the claim's current revision. */
    public static Decision of(Claim claim, Account moderator, String decision, String reason, Instant at) {
        Decision made = new Decision();
        made.id = UUID.randomUUID();
        made.claimId = claim.id;
        made.revision = claim.revision;
        made.moderator = moderator.subject();
        made.moderatorPseudonym = moderator.moderatorPseudonym().value();
        made.decision = decision;
        made.reason = reason;
        made.decidedAt = at;
        return made;
    }

    public static Uni<List<Decision>> ofClaims(Collection<UUID> claimIds) {
        return claimIds.isEmpty()
                ? Uni.createFrom().item(List.of())
                : list("claimId in ?1 order by decidedAt, id", claimIds);
    }

    public static Uni<List<Decision>> ofClaim(UUID claimId) {
        return list("claimId = ?1 order by decidedAt, id", claimId);
    }
}
