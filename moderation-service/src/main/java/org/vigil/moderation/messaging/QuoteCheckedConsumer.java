package org.vigil.moderation.messaging;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.amqp.IncomingAmqpMetadata;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.vigil.contracts.events.QuoteChecked;
import org.vigil.messaging.Inbox;
import org.vigil.moderation.queue.QuoteCheckRecording;

/** The evidence store's answer for one citation: shown to moderators beside the claim. */
@ApplicationScoped
public class QuoteCheckedConsumer {

    @Inject
    Inbox inbox;

    @Inject
    QuoteCheckRecording recording;

    @Incoming("quotes-checked")
    public Uni<Void> consume(JsonObject body, IncomingAmqpMetadata amqp) {
        return inbox.receiveOnce(body, amqp, QuoteChecked.class, recording::record);
    }
}
