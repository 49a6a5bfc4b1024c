package org.vigil.sources.messaging;

import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.Flow;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
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
    public Flow.Subscriber<Message<JsonObject>> consume() {
        return inbox.subscriber("claims-approved", ClaimApproved.class, approved -> quotes.show(approved.claimId()));
    }
}
