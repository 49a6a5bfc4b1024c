package org.vigil.moderation.messaging;

import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.Flow;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.vigil.contracts.events.EventPublished;
import org.vigil.messaging.Inbox;
import org.vigil.moderation.publication.PublicEventRecording;

/** The public record announced an event: kept locally so moderators see likely duplicates. */
@ApplicationScoped
public class EventPublishedConsumer {

    @Inject
    Inbox inbox;

    @Inject
    PublicEventRecording recording;

    @Incoming("events-published")
    public Flow.Subscriber<Message<JsonObject>> consume() {
        return inbox.subscriber("events-published", EventPublished.class, recording::record);
    }
}
