package org.vigil.messaging;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.pubsub.PgSubscriber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Wakes the {@link OutboxRelay} when a transaction that wrote outbox rows commits. The outbox
 * table's trigger calls {@code pg_notify('outbox_message', '')}; PostgreSQL delivers it to every
 * listening connection after the commit, so a row is sent as soon as it exists for the relay, in
 * whichever replica listens first. One connection per service listens; it reconnects by itself,
 * and catches up with a relay run each time it (re)subscribes.
 */
@ApplicationScoped
public class OutboxListener {

    static final String CHANNEL = "outbox_message";

    private static final Logger LOG = Logger.getLogger(OutboxListener.class);

    @Inject
    Vertx vertx;

    @Inject
    OutboxRelay relay;

    @Inject
    @ConfigProperty(name = "vigil.outbox.listen", defaultValue = "true")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "quarkus.datasource.reactive.url")
    String url;

    @Inject
    @ConfigProperty(name = "quarkus.datasource.username")
    String user;

    @Inject
    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    private PgSubscriber subscriber;

    void listen(@Observes StartupEvent started) {
        if (!enabled) {
            return;
        }
        PgConnectOptions options = PgConnectOptions.fromUri(url).setUser(user).setPassword(password);
        subscriber = PgSubscriber.subscriber(vertx, options)
                // PostgreSQL restarting, say: try again every second, forever; the poll covers the gap
                .reconnectPolicy(retries -> 1000L);
        subscriber.channel(CHANNEL).subscribeHandler(ignored -> relay.wake()).handler(payload -> relay.wake());
        subscriber
                .connect()
                .onFailure(failure -> LOG.warnf(
                        "outbox notifications unavailable, the relay polls until they are: %s", failure.toString()));
    }

    void close(@Observes ShutdownEvent stopping) {
        if (subscriber != null) {
            subscriber.close();
        }
    }
}
