package org.vigil.moderation.messaging;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.amqp.IncomingAmqpMetadata;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
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
    public Uni<Void> consume(JsonObject body, IncomingAmqpMetadata amqp) {
        return inbox.receiveOnce(body, amqp, PublisherRated.class, recording::record);
    }
}
