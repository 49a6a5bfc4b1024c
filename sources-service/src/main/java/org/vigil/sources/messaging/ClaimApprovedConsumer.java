package org.vigil.sources.messaging;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.amqp.IncomingAmqpMetadata;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.vigil.contracts.events.ClaimApproved;
import org.vigil.messaging.Inbox;
import org.vigil.sources.service.PublicQuotes;

/** A claim took effect: its quotes become what the public may see of a source. */
@ApplicationScoped
public class ClaimApprovedConsumer {

    @Inject
    Inbox inbox;

    @Inject
    PublicQuotes quotes;

    @Incoming("claims-approved")
    public Uni<Void> consume(JsonObject body, IncomingAmqpMetadata amqp) {
        return inbox.receiveOnce(body, amqp, ClaimApproved.class, approved -> quotes.show(approved.claimId()));
    }
}
