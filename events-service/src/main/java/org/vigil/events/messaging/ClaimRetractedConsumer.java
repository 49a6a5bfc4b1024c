package org.vigil.events.messaging;

import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.Flow;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
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
    public Flow.Subscriber<Message<JsonObject>> receive() {
        return inbox.subscriber("claims-retracted", ClaimRetracted.class, ledger::retract);
    }
}
