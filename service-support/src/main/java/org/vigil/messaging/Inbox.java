package org.vigil.messaging;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Scope;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.amqp.IncomingAmqpMetadata;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Flow;
import java.util.function.Function;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;
import org.vigil.contracts.Envelope;
import org.vigil.contracts.IntegrationEvent;

/**
 * Applies each message's effect once. The message id is recorded in the same transaction as the
 * effect: a redelivery finds it and does nothing; two copies racing each other collide on the
 * primary key, one rolls back, and its redelivery then finds the other's record.
 *
 * <p>A channel's messages are applied by group commit ({@link InboxSubscriber}): those that arrived
 * together, in one transaction, in their order, acknowledged after it committed.
 */
@ApplicationScoped
public class Inbox {

    private static final Logger LOG = Logger.getLogger(Inbox.class);

    private final Clock clock;
    private final Envelopes envelopes;
    private final MessageTraces traces;
    private final Vertx vertx;
    private final int groupSize;
    private final Timer receiveDelay;
    private final DistributionSummary groupSizes;

    public Inbox(
            Clock clock,
            Envelopes envelopes,
            MessageTraces traces,
            Vertx vertx,
            MeterRegistry registry,
            @ConfigProperty(name = "vigil.inbox.group-size", defaultValue = "50") int groupSize) {
        this.clock = clock;
        this.envelopes = envelopes;
        this.traces = traces;
        this.vertx = vertx;
        this.groupSize = groupSize;
        // from the event's creation in the sender's transaction to its effect committed here: the
        // whole hop (the sender's relay, the broker, this channel's queue and the transaction)
        this.receiveDelay = Timer.builder("vigil.inbox.receive.delay")
                .description("From an incoming message's creation by its sender to its effect committed here")
                .publishPercentiles(0.5, 0.99)
                .register(registry);
        this.groupSizes = DistributionSummary.builder("vigil.inbox.group.size")
                .description("Messages applied in one transaction")
                .register(registry);
    }

    /**
     * The subscriber a consumer's {@code @Incoming} method returns: reads each message's envelope and
     * payload and applies the effect to it once. An unreadable body or payload fails with
     * {@link Envelopes.UnreadableMessage}, and the channel's failure strategy dead-letters it.
     */
    public <T extends IntegrationEvent> Flow.Subscriber<Message<JsonObject>> subscriber(
            String channel, Class<T> payloadType, Function<T, Uni<?>> effect) {
        return new InboxSubscriber<>(
                channel, groupSize, group -> onContextOfItsOwn(() -> receiveAll(group, payloadType, effect)));
    }

    private record Received<T>(Envelope envelope, T payload, String traceparent, String spanName) {}

    /** Applies the messages in order in one transaction; fails, committing nothing, when one of them fails. */
    <T extends IntegrationEvent> Uni<Void> receiveAll(
            List<Message<JsonObject>> group, Class<T> payloadType, Function<T, Uni<?>> effect) {
        List<Received<T>> received = new ArrayList<>(group.size());
        for (Message<JsonObject> message : group) {
            Envelope envelope = envelopes.read(message.getPayload());
            IncomingAmqpMetadata amqp =
                    message.getMetadata(IncomingAmqpMetadata.class).orElse(null);
            received.add(new Received<>(
                    envelope,
                    envelopes.payload(envelope, payloadType),
                    amqp == null || amqp.getProperties() == null
                            ? null
                            : amqp.getProperties().getString(MessageTraces.TRACEPARENT),
                    (amqp == null ? payloadType.getSimpleName() : amqp.getAddress()) + " process"));
        }
        List<UUID> ids = received.stream().map(r -> r.envelope().id()).toList();
        List<Span> applied = new ArrayList<>();
        List<Received<T>> appliedMessages = new ArrayList<>();
        return Panache.withTransaction(() -> InboxMessage.<InboxMessage>list("messageId in ?1", ids)
                        .chain(seen -> {
                            Set<UUID> done = new HashSet<>();
                            seen.forEach(message -> done.add(message.messageId));
                            return Multi.createFrom()
                                    .iterable(received)
                                    .onItem()
                                    .transformToUniAndConcatenate(message -> {
                                        if (!done.add(message.envelope().id())) {
                                            LOG.debugf(
                                                    "%s %s was applied before",
                                                    message.envelope().type(),
                                                    message.envelope().id());
                                            return Uni.createFrom().voidItem();
                                        }
                                        return applyOnce(message, effect).invoke(span -> {
                                            applied.add(span);
                                            appliedMessages.add(message);
                                        });
                                    })
                                    .collect()
                                    .last();
                        }))
                .invoke(() -> {
                    groupSizes.record(group.size());
                    for (int i = 0; i < applied.size(); i++) {
                        Envelope envelope = appliedMessages.get(i).envelope();
                        if (envelope.occurredAt() != null) {
                            receiveDelay.record(Duration.between(envelope.occurredAt(), clock.instant()));
                        }
                        // one line a message applied, once it committed, written in the message's span: with
                        // VIGIL_LOG_FORMAT=json it carries the trace id, which joins the log to the trace of
                        // the request behind it
                        try (Scope ignored = applied.get(i).makeCurrent()) {
                            LOG.infof("applied %s %s", envelope.type(), envelope.id());
                        }
                    }
                })
                .replaceWithVoid();
    }

    /**
     * Records the message and applies its effect, in a span that continues the trace the sender put
     * on the message ({@link MessageTraces#TRACEPARENT}), so one change can be followed from the
     * request that caused it to every service it reached; what the effect writes to the outbox
     * carries that trace on. The span, for the line logged after the commit.
     */
    private <T> Uni<Span> applyOnce(Received<T> message, Function<T, Uni<?>> effect) {
        Envelope envelope = message.envelope();
        return traces.continued(message.traceparent(), message.spanName(), () -> {
            Span span = Span.current();
            return new InboxMessage(envelope.id(), envelope.type(), clock.instant())
                    .persist()
                    .chain(() -> effect.apply(message.payload()))
                    .replaceWith(span);
        });
    }

    /**
     * Hibernate Reactive keeps a transaction's session on the Vert.x context it runs on; a group is
     * applied after the deliveries that brought it, so it gets a context of its own.
     */
    private <T> Uni<T> onContextOfItsOwn(Supplier<Uni<? extends T>> work) {
        Context context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
        VertxContextSafetyToggle.setContextSafe(context, true);
        return Uni.createFrom()
                .<T>deferred(work)
                .runSubscriptionOn(task -> context.runOnContext(ignored -> task.run()));
    }
}
