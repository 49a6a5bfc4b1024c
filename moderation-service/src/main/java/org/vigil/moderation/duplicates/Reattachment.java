package org.vigil.moderation.duplicates;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.vigil.moderation.claims.Claim;
import org.vigil.moderation.claims.EventFacts;
import org.vigil.moderation.claims.Report;
import org.vigil.moderation.decisions.Sensitivity;

/**
 * Moves the reports and claims of one event to another that turned out to be the same: a
 * proposed event approved as a duplicate, or a public event merged into its survivor. Claims
 * still open take on the survivor's kind and country, and become sensitive if its kind makes them
 * so. Runs inside the caller's transaction.
 */
@ApplicationScoped
public class Reattachment {

    /** Moves everything about {@code from} to {@code to}, whose facts are {@code facts}; answers the claims moved. */
    public Uni<List<Claim>> move(UUID from, UUID to, EventFacts facts, Instant at) {
        return Report.<Report>list("eventId", from)
                .invoke(reports -> reports.forEach(report -> report.eventId = to))
                .chain(() -> Claim.ofEvent(from))
                .invoke(claims -> claims.forEach(claim -> {
                    claim.eventId = to;
                    claim.kind = facts.kindWire();
                    claim.countryCode = facts.countryCode();
                    if (claim.lifecycle(List.of()).isOpen()) {
                        claim.raise(Sensitivity.of(facts.kind(), claim.property, claim.value));
                    }
                    claim.updatedAt = at;
                }));
    }
}
