package org.vigil.moderation.decisions;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.vigil.moderation.audit.AuditAct;
import org.vigil.moderation.audit.AuditAction;
import org.vigil.moderation.audit.AuditLog;
import org.vigil.moderation.claims.Claim;
import org.vigil.moderation.claims.Decision;
import org.vigil.moderation.identity.Account;

/**
 * A moderator judges an open claim sensitive, which the rules could not tell (free text naming
 * someone, say): from now on it needs two approvals by different moderators.
 */
@ApplicationScoped
public class SensitivityMarking {

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @WithTransaction
    public Uni<Claim> mark(UUID claimId, String reason, Account moderator) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return audit.lockClaim(claimId)
                .chain(() -> Claim.require(claimId))
                .chain(claim -> Decision.ofClaim(claim.id).chain(decisions -> {
                    claim.follow(claim.lifecycle(decisions).markSensitive(), now);
                    claim.raise(Sensitivity.NONE.markedByModerator());
                    return audit.append(AuditAct.onClaim(
                                    now,
                                    moderator.asModerator(),
                                    AuditAction.MARKED_SENSITIVE,
                                    claim.id,
                                    JsonNodeFactory.instance
                                            .objectNode()
                                            .put("reason", reason == null || reason.isBlank() ? null : reason.strip())
                                            .put("revision", claim.revision)))
                            .replaceWith(claim);
                }));
    }
}
