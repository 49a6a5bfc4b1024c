package org.vigil.moderation.audit;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.pubsub.PgSubscriber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Wakes the {@link AuditSequencer} when a transaction that recorded acts commits: the act table's
 * trigger calls {@code pg_notify('audit_act', '')}, which PostgreSQL delivers to every listening
 * connection after the commit. One connection per replica listens; it reconnects by itself and
 * catches up with a run each time it (re)subscribes. The sequencer's poll covers the gaps.
 */
@ApplicationScoped
public class AuditActListener {

    static final String CHANNEL = "audit_act";

    private static final Logger LOG = Logger.getLogger(AuditActListener.class);

    private final Vertx vertx;
    private final AuditSequencer sequencer;
    private final boolean enabled;
    private final PgConnectOptions options;
    private PgSubscriber subscriber;

    public AuditActListener(
            Vertx vertx,
            AuditSequencer sequencer,
            @ConfigProperty(name = "vigil.audit.sequencer.listen", defaultValue = "true") boolean enabled,
            @ConfigProperty(name = "quarkus.datasource.reactive.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") String user,
            @ConfigProperty(name = "quarkus.datasource.password") String password) {
        this.vertx = vertx;
        this.sequencer = sequencer;
        this.enabled = enabled;
        this.options = PgConnectOptions.fromUri(url).setUser(user).setPassword(password);
    }

    void listen(@Observes StartupEvent started) {
        if (!enabled) {
            return;
        }
        subscriber = PgSubscriber.subscriber(vertx, options)
                // PostgreSQL restarting, say: try again every second, forever; the poll covers the gap
                .reconnectPolicy(retries -> 1000L);
        subscriber
                .channel(CHANNEL)
                .subscribeHandler(ignored -> sequencer.wake())
                .handler(payload -> sequencer.wake());
        subscriber
                .connect()
                .onFailure(failure -> LOG.warnf(
                        "audit notifications unavailable, the sequencer polls until they are: %s", failure.toString()));
    }

    void close(@Observes ShutdownEvent stopping) {
        if (subscriber != null) {
            subscriber.close();
        }
    }
}
