package org.vigil.events.messaging;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.amqp.IncomingAmqpMetadata;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.vigil.contracts.events.PublisherRated;
import org.vigil.events.service.ClaimLedger;
import org.vigil.messaging.Inbox;

/** The evidence store's publisher ratings, each shown once on every event citing the publisher. */
@ApplicationScoped
public class PublisherRatedConsumer {

    @Inject
    Inbox inbox;

    @Inject
    ClaimLedger ledger;

    @Incoming("publishers-rated")
    public Uni<Void> receive(JsonObject body, IncomingAmqpMetadata amqp) {
        return inbox.receiveOnce(body, amqp, PublisherRated.class, ledger::rate);
    }
}
