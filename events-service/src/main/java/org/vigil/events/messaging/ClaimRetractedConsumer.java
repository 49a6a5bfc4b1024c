package org.vigil.events.messaging;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.amqp.IncomingAmqpMetadata;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.vigil.contracts.events.ClaimRetracted;
import org.vigil.events.service.ClaimLedger;
import org.vigil.messaging.Inbox;

/** Moderation's retractions of approved claims, each applied once to the public record. */
@ApplicationScoped
public class ClaimRetractedConsumer {

    @Inject
    Inbox inbox;

    @Inject
    ClaimLedger ledger;

    @Incoming("claims-retracted")
    public Uni<Void> receive(JsonObject body, IncomingAmqpMetadata amqp) {
        return inbox.receiveOnce(body, amqp, ClaimRetracted.class, ledger::retract);
    }
}
