package org.vigil.messaging;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Wakes the {@link OutboxRelay} when a transaction that wrote outbox rows commits. The outbox
 * table's trigger calls {@code pg_notify('outbox_message', '')}; PostgreSQL delivers it to every
 * listening connection after the commit, so a row is sent as soon as it exists for the relay, in
 * whichever replica listens first. One connection per service listens ({@link CommitNotifications});
 * it reconnects by itself, and catches up with a relay run each time it (re)subscribes.
 */
@ApplicationScoped
public class OutboxListener {

    static final String CHANNEL = "outbox_message";

    @Inject
    CommitNotifications notifications;

    @Inject
    OutboxRelay relay;

    @Inject
    @ConfigProperty(name = "vigil.outbox.listen", defaultValue = "true")
    boolean enabled;

    private CommitNotifications.Listening listening;

    void listen(@Observes StartupEvent started) {
        if (enabled) {
            listening = notifications.listen(CHANNEL, relay::wake, "the relay polls");
        }
    }

    void close(@Observes ShutdownEvent stopping) {
        if (listening != null) {
            listening.close();
        }
    }
}
