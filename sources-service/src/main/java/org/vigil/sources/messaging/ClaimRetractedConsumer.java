package org.vigil.sources.messaging;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.vigil.contracts.events.ClaimRetracted;
import org.vigil.messaging.Inbox;
import org.vigil.sources.service.PublicQuotes;

/** A claim was retracted: the public no longer sees its quotes. */
@ApplicationScoped
public class ClaimRetractedConsumer {

    private final Inbox inbox;
    private final PublicQuotes quotes;

    public ClaimRetractedConsumer(Inbox inbox, PublicQuotes quotes) {
        this.inbox = inbox;
        this.quotes = quotes;
    }

    @Incoming("claims-retracted")
    public Uni<Void> consume(JsonObject body) {
        return inbox.receiveOnce(body, ClaimRetracted.class, retracted -> quotes.withdraw(retracted.claimId()));
    }
}
