package org.vigil.events.messaging;

import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.Flow;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
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
    public Flow.Subscriber<Message<JsonObject>> receive() {
        return inbox.subscriber("events-merged", EventsMerged.class, ledger::merge);
    }
}
