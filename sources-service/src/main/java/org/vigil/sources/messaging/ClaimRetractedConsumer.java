package org.vigil.sources.messaging;

import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.Flow;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.vigil.contracts.events.ClaimRetracted;
import org.vigil.messaging.Inbox;
import org.vigil.sources.service.PublicQuotes;

/** A claim was retracted: the public no longer sees its quotes. */
@ApplicationScoped
public class ClaimRetractedConsumer {

    @Inject
    Inbox inbox;

    @Inject
    PublicQuotes quotes;

    @Incoming("claims-retracted")
    public Flow.Subscriber<Message<JsonObject>> consume() {
        return inbox.subscriber(
                "claims-retracted", ClaimRetracted.class, retracted -> quotes.withdraw(retracted.claimId()));
    }
}
