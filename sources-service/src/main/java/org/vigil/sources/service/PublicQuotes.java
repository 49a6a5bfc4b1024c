package org.vigil.sources.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.vigil.sources.domain.CitationCheck;

/**
 * The quotes of a claim that took effect are what the public may see of a source; a retraction
 * takes them back. Runs inside the inbox's transaction.
 */
@ApplicationScoped
public class PublicQuotes {

    public Uni<Integer> show(UUID claimId) {
        return visible(claimId, true);
    }

    public Uni<Integer> withdraw(UUID claimId) {
        return visible(claimId, false);
    }

    private static Uni<Integer> visible(UUID claimId, boolean approved) {
        return CitationCheck.update("approved = ?1 where key.claimId = ?2", approved, claimId);
    }
}
