package org.vigil.sources.messaging;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.amqp.IncomingAmqpMetadata;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
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
    public Uni<Void> consume(JsonObject body, IncomingAmqpMetadata amqp) {
        return inbox.receiveOnce(body, amqp, ClaimRetracted.class, retracted -> quotes.withdraw(retracted.claimId()));
    }
}
