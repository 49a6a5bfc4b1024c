package org.vigil.moderation.messaging;

import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.Flow;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
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
    public Flow.Subscriber<Message<JsonObject>> consume() {
        return inbox.subscriber("quotes-checked", QuoteChecked.class, recording::record);
    }
}
