package org.vigil.moderation.messaging;

import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.Flow;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.vigil.contracts.events.PublisherRated;
import org.vigil.messaging.Inbox;
import org.vigil.moderation.queue.PublisherRatingRecording;

/** An admin rated a publisher: moderators see the new rating beside its citations. */
@ApplicationScoped
public class PublisherRatedConsumer {

    @Inject
    Inbox inbox;

    @Inject
    PublisherRatingRecording recording;

    @Incoming("publishers-rated")
    public Flow.Subscriber<Message<JsonObject>> consume() {
        return inbox.subscriber("publishers-rated", PublisherRated.class, recording::record);
    }
}
