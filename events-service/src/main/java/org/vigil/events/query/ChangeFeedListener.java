package org.vigil.events.query;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.vigil.messaging.CommitNotifications;

/**
 * Wakes the held reads of the change feed ({@link FeedWaits}) when a transaction that added changes
 * commits, in whichever replica wrote it: {@code event_change}'s trigger calls
 * {@code pg_notify('event_change', '')}, which PostgreSQL delivers to every listening connection
 * after the commit ({@link CommitNotifications}). A (re)subscription wakes every held read too, since a
 * commit may have gone unannounced meanwhile. Without notifications a held read still answers when
 * its wait ends.
 */
@ApplicationScoped
public class ChangeFeedListener {

    static final String CHANNEL = "event_change";

    private final CommitNotifications notifications;
    private final FeedWaits waits;
    private final boolean enabled;
    private CommitNotifications.Listening listening;

    public ChangeFeedListener(
            CommitNotifications notifications,
            FeedWaits waits,
            @ConfigProperty(name = "vigil.changes.listen", defaultValue = "true") boolean enabled) {
        this.notifications = notifications;
        this.waits = waits;
        this.enabled = enabled;
    }

    void listen(@Observes StartupEvent started) {
        if (enabled) {
            listening = notifications.listen(
                    CHANNEL, waits::committed, "held reads of the feed answer when their wait ends");
        }
    }

    void close(@Observes ShutdownEvent stopping) {
        if (listening != null) {
            listening.close();
        }
    }
}
