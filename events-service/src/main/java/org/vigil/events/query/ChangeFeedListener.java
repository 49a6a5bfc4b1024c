package org.vigil.events.query;

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
 * Wakes the held reads of the change feed ({@link FeedWaits}) when a transaction that added changes
 * commits, in whichever replica wrote it: {@code event_change}'s trigger calls
 * {@code pg_notify('event_change', '')}, which PostgreSQL delivers to every listening connection
 * after the commit. One connection per replica listens; it reconnects by itself and wakes every held
 * read each time it (re)subscribes, since a commit may have gone unannounced meanwhile. Without it a
 * held read still answers when its wait ends.
 */
@ApplicationScoped
public class ChangeFeedListener {

    static final String CHANNEL = "event_change";

    private static final Logger LOG = Logger.getLogger(ChangeFeedListener.class);

    private final Vertx vertx;
    private final FeedWaits waits;
    private final boolean enabled;
    private final PgConnectOptions options;
    private PgSubscriber subscriber;

    public ChangeFeedListener(
            Vertx vertx,
            FeedWaits waits,
            @ConfigProperty(name = "vigil.changes.listen", defaultValue = "true") boolean enabled,
            @ConfigProperty(name = "quarkus.datasource.reactive.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") String user,
            @ConfigProperty(name = "quarkus.datasource.password") String password) {
        this.vertx = vertx;
        this.waits = waits;
        this.enabled = enabled;
        this.options = PgConnectOptions.fromUri(url).setUser(user).setPassword(password);
    }

    void listen(@Observes StartupEvent started) {
        if (!enabled) {
            return;
        }
        subscriber = PgSubscriber.subscriber(vertx, options)
                // PostgreSQL restarting, say: try again every second, forever; held reads end at their wait meanwhile
                .reconnectPolicy(retries -> 1000L);
        subscriber
                .channel(CHANNEL)
                .subscribeHandler(ignored -> waits.committed())
                .handler(payload -> waits.committed());
        subscriber
                .connect()
                .onFailure(failure -> LOG.warnf(
                        "change notifications unavailable, held reads of the feed answer at the end of their wait: %s",
                        failure.toString()));
    }

    void close(@Observes ShutdownEvent stopping) {
        if (subscriber != null) {
            subscriber.close();
        }
    }
}
