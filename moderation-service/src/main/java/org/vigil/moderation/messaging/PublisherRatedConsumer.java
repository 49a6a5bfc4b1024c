package org.vigil.moderation.messaging;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.vigil.contracts.Envelope;
import org.vigil.contracts.events.PublisherRated;
import org.vigil.messaging.Envelopes;
import org.vigil.messaging.Inbox;
import org.vigil.moderation.queue.PublisherRatingRecording;

/** An admin rated a publisher: moderators see the new rating beside its citations. */
@ApplicationScoped
public class PublisherRatedConsumer {

    private final Envelopes envelopes;
    private final Inbox inbox;
    private final PublisherRatingRecording recording;

    public PublisherRatedConsumer(Envelopes envelopes, Inbox inbox, PublisherRatingRecording recording) {
        this.envelopes = envelopes;
        this.inbox = inbox;
        this.recording = recording;
    }

    @Incoming("publishers-rated")
    public Uni<Void> consume(JsonObject body) {
        Envelope envelope = envelopes.read(body);
        return inbox.receiveOnce(envelope, e -> recording.record(envelopes.payload(e, PublisherRated.class), e.id()));
    }
}
