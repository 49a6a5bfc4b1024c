package org.vigil.moderation.messaging;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.amqp.IncomingAmqpMetadata;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
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
    public Uni<Void> consume(JsonObject body, IncomingAmqpMetadata amqp) {
        return inbox.receiveOnce(body, amqp, EventPublished.class, recording::record);
    }
}
