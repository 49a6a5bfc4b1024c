package org.vigil.moderation.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;
import org.vigil.contracts.events.QuoteChecked;
import org.vigil.moderation.claims.Citation;
import org.vigil.moderation.claims.Claim;

/** Writes the evidence store's quote check onto the citation it concerns. Runs in the inbox's transaction. */
@ApplicationScoped
public class QuoteCheckRecording {

    private static final Logger LOG = Logger.getLogger(QuoteCheckRecording.class);

    private final Clock clock;

    public QuoteCheckRecording(Clock clock) {
        this.clock = clock;
    }

    public Uni<Void> record(QuoteChecked check) {
        return Claim.<Claim>findById(check.claimId()).map(claim -> {
            if (claim == null || check.citationIndex() < 0 || check.citationIndex() >= claim.citations.size()) {
                // a check for a claim this service never had cannot be applied, now or later
                LOG.warnf("quote check for unknown claim %s citation %d ignored", check.claimId(), check.citationIndex());
                return null;
            }
            List<Citation> citations = new ArrayList<>(claim.citations);
            citations.set(check.citationIndex(), citations.get(check.citationIndex()).checked(check));
            claim.citations = citations;
            claim.updatedAt = clock.instant();
            return null;
        });
    }
}
