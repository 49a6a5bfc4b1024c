package org.vigil.sources.messaging;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.vigil.contracts.Envelope;
import org.vigil.contracts.events.ClaimApproved;
import org.vigil.contracts.events.ClaimRetracted;
import org.vigil.messaging.Envelopes;
import org.vigil.messaging.Inbox;
import org.vigil.sources.domain.CitationCheck;

/**
 * A claim took effect or was retracted: its quotes become, or stop being, what the public may
 * see of a source.
 */
@ApplicationScoped
public class ClaimApprovedConsumer {

    private final Envelopes envelopes;
    private final Inbox inbox;

    public ClaimApprovedConsumer(Envelopes envelopes, Inbox inbox) {
        this.envelopes = envelopes;
        this.inbox = inbox;
    }

    @Incoming("claims-approved")
    public Uni<Void> approved(JsonObject body) {
        Envelope envelope = envelopes.read(body);
        return inbox.receiveOnce(envelope, e -> publicQuotes(envelopes.payload(e, ClaimApproved.class).claimId(), true));
    }

    @Incoming("claims-retracted")
    public Uni<Void> retracted(JsonObject body) {
        Envelope envelope = envelopes.read(body);
        return inbox.receiveOnce(envelope, e -> publicQuotes(envelopes.payload(e, ClaimRetracted.class).claimId(), false));
    }

    private static Uni<Integer> publicQuotes(java.util.UUID claimId, boolean approved) {
        return CitationCheck.update("approved = ?1 where key.claimId = ?2", approved, claimId);
    }
}
