package org.vigil.events.messaging;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.vigil.contracts.Envelope;
import org.vigil.contracts.events.ClaimApproved;
import org.vigil.contracts.events.ClaimRetracted;
import org.vigil.contracts.events.EventsMerged;
import org.vigil.contracts.events.PublisherRated;
import org.vigil.events.ledger.ClaimLedger;
import org.vigil.messaging.Envelopes;
import org.vigil.messaging.Inbox;

/** Moderation's decisions and the evidence store's ratings, applied once each to the public record. */
@ApplicationScoped
public class RecordConsumers {

    private final Envelopes envelopes;
    private final Inbox inbox;
    private final ClaimLedger ledger;

    public RecordConsumers(Envelopes envelopes, Inbox inbox, ClaimLedger ledger) {
        this.envelopes = envelopes;
        this.inbox = inbox;
        this.ledger = ledger;
    }

    @Incoming("claims-approved")
    public Uni<Void> approved(JsonObject body) {
        Envelope envelope = envelopes.read(body);
        return inbox.receiveOnce(envelope, e -> ledger.approve(envelopes.payload(e, ClaimApproved.class)));
    }

    @Incoming("claims-retracted")
    public Uni<Void> retracted(JsonObject body) {
        Envelope envelope = envelopes.read(body);
        return inbox.receiveOnce(envelope, e -> ledger.retract(envelopes.payload(e, ClaimRetracted.class)));
    }

    @Incoming("events-merged")
    public Uni<Void> merged(JsonObject body) {
        Envelope envelope = envelopes.read(body);
        return inbox.receiveOnce(envelope, e -> ledger.merge(envelopes.payload(e, EventsMerged.class)));
    }

    @Incoming("publishers-rated")
    public Uni<Void> rated(JsonObject body) {
        Envelope envelope = envelopes.read(body);
        return inbox.receiveOnce(envelope, e -> ledger.rate(envelopes.payload(e, PublisherRated.class)));
    }
}
