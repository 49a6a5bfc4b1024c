package org.vigil.messaging;

import io.vertx.core.Vertx;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.pubsub.PgSubscriber;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Calls back when a transaction that notified a PostgreSQL channel commits: {@code pg_notify} is
 * delivered to every listening connection after the commit, and only if it commits, so each replica
 * that listens hears of every commit, whichever replica made it. One connection a channel; it
 * reconnects every second by itself (PostgreSQL restarting, say) and calls back on each
 * (re)subscription too, since a commit may have gone unannounced meanwhile. A call means "look
 * again", never "exactly one commit": notifications of one transaction are folded into one.
 */
@ApplicationScoped
public class CommitNotifications {

    private static final Logger LOG = Logger.getLogger(CommitNotifications.class);

    private final Vertx vertx;
    private final PgConnectOptions options;

    public CommitNotifications(
            Vertx vertx,
            @ConfigProperty(name = "quarkus.datasource.reactive.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") String user,
            @ConfigProperty(name = "quarkus.datasource.password") String password) {
        this.vertx = vertx;
        this.options = PgConnectOptions.fromUri(url).setUser(user).setPassword(password);
    }

    /**
     * Listens on {@code channel} and runs {@code onCommit} at each notification and (re)subscription;
     * {@code meanwhile} says what does the work while notifications are unavailable, for the log.
     */
    public Listening listen(String channel, Runnable onCommit, String meanwhile) {
        PgSubscriber subscriber = PgSubscriber.subscriber(vertx, options)
                // PostgreSQL restarting, say: try again every second, forever
                .reconnectPolicy(retries -> 1000L);
        subscriber.channel(channel).subscribeHandler(ignored -> onCommit.run()).handler(payload -> onCommit.run());
        subscriber
                .connect()
                .onFailure(failure -> LOG.warnf(
                        "%s notifications unavailable, %s until they are: %s", channel, meanwhile, failure.toString()));
        return subscriber::close;
    }

    /** A channel listened on, until closed. */
    @FunctionalInterface
    public interface Listening {
        void close();
    }
}
