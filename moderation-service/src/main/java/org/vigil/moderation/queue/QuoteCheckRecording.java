package org.vigil.moderation.queue;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;
import org.vigil.contracts.events.QuoteChecked;
import org.vigil.moderation.claims.Citation;
import org.vigil.moderation.claims.Claim;
import org.vigil.moderation.claims.QuoteIndex;

/**
 * Writes the evidence store's quote check onto the citation it concerns, if that citation is
 * still the claim's current revision's (see {@link QuoteIndex}). Runs in the inbox's transaction.
 */
@ApplicationScoped
public class QuoteCheckRecording {

    private static final Logger LOG = Logger.getLogger(QuoteCheckRecording.class);

    @Inject
    Clock clock;

    public Uni<Void> record(QuoteChecked check) {
        return Claim.<Claim>findById(check.claimId()).map(claim -> {
            QuoteIndex index = check.citationIndex() < 0 ? null : QuoteIndex.fromWire(check.citationIndex());
            if (claim == null || index == null || index.position() >= claim.citations.size()) {
                // a check for a claim this service never had cannot be applied, now or later
                LOG.warnf(
                        "quote check for unknown claim %s citation %d ignored", check.claimId(), check.citationIndex());
                return null;
            }
            if (index.revision() != claim.revision) {
                LOG.debugf("quote check for an earlier revision of claim %s ignored", claim.id);
                return null;
            }
            List<Citation> citations = new ArrayList<>(claim.citations);
            citations.set(index.position(), citations.get(index.position()).checked(check));
            claim.citations = citations;
            claim.updatedAt = clock.instant();
            return null;
        });
    }
}
