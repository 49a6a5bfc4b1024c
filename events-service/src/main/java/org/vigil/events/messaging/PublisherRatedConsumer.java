package org.vigil.events.messaging;

import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.Flow;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
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
    public Flow.Subscriber<Message<JsonObject>> receive() {
        return inbox.subscriber("publishers-rated", PublisherRated.class, ledger::rate);
    }
}
