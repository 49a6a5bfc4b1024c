package org.vigil.messaging;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.vigil.contracts.Envelope;
import org.vigil.contracts.IntegrationEvent;
import org.vigil.contracts.Topology;

/**
 * Where a service announces what happened. Call it inside the transaction that makes the change:
 * the event is committed with the change or not at all, and the relay sends it afterwards.
 */
@ApplicationScoped
public class Outbox {

    @Inject
    Envelopes envelopes;

    @Inject
    MessageTraces traces;

    public Uni<Envelope> publish(IntegrationEvent event) {
        Envelope envelope = envelopes.wrap(event);
        OutboxMessage message = new OutboxMessage();
        message.id = envelope.id();
        message.type = envelope.type();
        message.address = Topology.of(event).address();
        message.aggregateType = envelope.aggregateType();
        message.aggregateId = envelope.aggregateId();
        message.occurredAt = envelope.occurredAt();
        message.body = envelopes.write(envelope);
        message.attempts = 0;
        message.nextAttemptAt = envelope.occurredAt();
        message.traceparent = traces.current();
        return message.persist().replaceWith(envelope);
    }
}
