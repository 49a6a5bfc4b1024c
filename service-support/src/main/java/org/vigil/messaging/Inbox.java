package org.vigil.messaging;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.amqp.IncomingAmqpMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.function.Function;
import org.jboss.logging.Logger;
import org.vigil.contracts.Envelope;
import org.vigil.contracts.IntegrationEvent;

/**
 * Applies a message's effect once. The message id is recorded in the same transaction as the
 * effect: a redelivery finds it and does nothing; two copies racing each other collide on the
 * primary key, one rolls back, and its redelivery then finds the other's record.
 */
@ApplicationScoped
public class Inbox {

    private static final Logger LOG = Logger.getLogger(Inbox.class);

    @Inject
    Clock clock;

    @Inject
    Envelopes envelopes;

    @Inject
    MessageTraces traces;

    /**
     * As {@link #receiveOnce(Object, Class, Function)}, inside a span that continues the trace the
     * sender put on the message ({@link MessageTraces#TRACEPARENT}), so one change can be followed
     * from the request that caused it to every service it reached.
     */
    public <T extends IntegrationEvent> Uni<Void> receiveOnce(
            Object body, IncomingAmqpMetadata amqp, Class<T> payloadType, Function<T, Uni<?>> effect) {
        String traceparent = amqp == null || amqp.getProperties() == null
                ? null
                : amqp.getProperties().getString(MessageTraces.TRACEPARENT);
        String name = (amqp == null ? payloadType.getSimpleName() : amqp.getAddress()) + " process";
        return traces.continued(traceparent, name, () -> receiveOnce(body, payloadType, effect));
    }

    /**
     * The one entry point of every consumer: reads the envelope from the delivered body, and
     * applies the effect to its payload once. An unreadable body or payload throws
     * {@link Envelopes.UnreadableMessage}, which the channel's failure strategy dead-letters.
     */
    public <T extends IntegrationEvent> Uni<Void> receiveOnce(
            Object body, Class<T> payloadType, Function<T, Uni<?>> effect) {
        Envelope envelope = envelopes.read(body);
        return receiveOnce(envelope, e -> effect.apply(envelopes.payload(e, payloadType)));
    }

    public Uni<Void> receiveOnce(Envelope envelope, Function<Envelope, Uni<?>> effect) {
        return Panache.withTransaction(() -> InboxMessage.<InboxMessage>findById(envelope.id())
                        .chain(seen -> seen != null
                                ? Uni.createFrom().item(false)
                                : new InboxMessage(envelope.id(), envelope.type(), clock.instant())
                                        .persist()
                                        .chain(() -> effect.apply(envelope))
                                        .replaceWith(true)))
                // one line a message applied, written in the consumer's span: with VIGIL_LOG_FORMAT=json
                // it carries the trace id, which joins the log to the trace of the request behind it
                .invoke(applied -> {
                    if (applied) {
                        LOG.infof("applied %s %s", envelope.type(), envelope.id());
                    } else {
                        LOG.debugf("%s %s was applied before", envelope.type(), envelope.id());
                    }
                })
                .replaceWithVoid();
    }
}
