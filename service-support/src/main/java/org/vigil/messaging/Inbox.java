package org.vigil.messaging;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.function.Function;
import org.vigil.contracts.Envelope;

/**
 * Applies a message's effect once. The message id is recorded in the same transaction as the
 * effect: a redelivery finds it and does nothing; two copies racing each other collide on the
 * primary key, one rolls back, and its redelivery then finds the other's record.
 */
@ApplicationScoped
public class Inbox {

    private final Clock clock;

    public Inbox(Clock clock) {
        this.clock = clock;
    }

    public Uni<Void> receiveOnce(Envelope envelope, Function<Envelope, Uni<?>> effect) {
        return Panache.withTransaction(() -> InboxMessage.<InboxMessage>findById(envelope.id())
                .chain(seen -> seen != null
                        ? Uni.createFrom().voidItem()
                        : new InboxMessage(envelope.id(), envelope.type(), clock.instant())
                                .persist()
                                .chain(() -> effect.apply(envelope))
                                .replaceWithVoid()));
    }
}
