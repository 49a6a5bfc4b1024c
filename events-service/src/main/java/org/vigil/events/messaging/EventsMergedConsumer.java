package org.vigil.events.messaging;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.amqp.IncomingAmqpMetadata;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.vigil.contracts.events.EventsMerged;
import org.vigil.events.service.ClaimLedger;
import org.vigil.messaging.Inbox;

/** Moderation's merges of duplicate events, each applied once to the public record. */
@ApplicationScoped
public class EventsMergedConsumer {

    @Inject
    Inbox inbox;

    @Inject
    ClaimLedger ledger;

    @Incoming("events-merged")
    public Uni<Void> receive(JsonObject body, IncomingAmqpMetadata amqp) {
        return inbox.receiveOnce(body, amqp, EventsMerged.class, ledger::merge);
    }
}
