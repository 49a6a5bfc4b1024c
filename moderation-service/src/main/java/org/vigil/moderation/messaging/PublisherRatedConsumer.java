package org.vigil.moderation.messaging;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.amqp.IncomingAmqpMetadata;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.vigil.contracts.events.PublisherRated;
import org.vigil.messaging.Inbox;
import org.vigil.moderation.queue.PublisherRatingRecording;

/** An admin rated a publisher: moderators see the new rating beside its citations. */
@ApplicationScoped
public class PublisherRatedConsumer {

    private final Inbox inbox;
    private final PublisherRatingRecording recording;

    public PublisherRatedConsumer(Inbox inbox, PublisherRatingRecording recording) {
        this.inbox = inbox;
        this.recording = recording;
    }

    @Incoming("publishers-rated")
    public Uni<Void> consume(JsonObject body, IncomingAmqpMetadata amqp) {
        return inbox.receiveOnce(body, amqp, PublisherRated.class, recording::record);
    }
}
