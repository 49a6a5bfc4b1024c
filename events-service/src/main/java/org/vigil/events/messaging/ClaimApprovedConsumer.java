package org.vigil.events.messaging;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.amqp.IncomingAmqpMetadata;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.vigil.contracts.events.ClaimApproved;
import org.vigil.events.service.ClaimLedger;
import org.vigil.messaging.Inbox;

/** Moderation's approvals, each applied once to the public record. */
@ApplicationScoped
public class ClaimApprovedConsumer {

    @Inject
    Inbox inbox;

    @Inject
    ClaimLedger ledger;

    @Incoming("claims-approved")
    public Uni<Void> receive(JsonObject body, IncomingAmqpMetadata amqp) {
        return inbox.receiveOnce(body, amqp, ClaimApproved.class, ledger::approve);
    }
}
