package org.vigil.scheduling;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How long one run of a periodic job may take before it counts as failed. Every periodic job here
 * runs one at a time: the scheduler skips a run while the previous one is in progress
 * ({@code concurrentExecution = SKIP}), and the outbox relay keeps a flag of its own. A run whose
 * result never arrives would therefore stop its job for good. That happened in the full fault
 * suite: during PostgreSQL's restart the pool's connection timer failed an already completed
 * request (Vert.x: "Result is already complete"), the webhook sender's run never ended, and 1,522
 * deliveries stayed pending until events-service was restarted. A run cut off here gives up what
 * it holds (a leased row is leased again once its lease is over) and the next one starts afresh.
 *
 * <p>{@code vigil.scheduler.run-at-most} (default 2 minutes) must be longer than any healthy run.
 */
@ApplicationScoped
public class RunLimit {

    private final Duration atMost;

    public RunLimit(@ConfigProperty(name = "vigil.scheduler.run-at-most", defaultValue = "2m") Duration atMost) {
        this.atMost = atMost;
    }

    /** {@code run}, failed (and its subscription cancelled) when it has no result within the limit. */
    public <T> Uni<T> bound(String job, Uni<T> run) {
        return run.ifNoItem()
                .after(atMost)
                .failWith(() -> new TimeoutException(job + " run had no result within " + atMost + ", given up"));
    }

    /** {@code run}, bounded, its result dropped: what a {@code @Scheduled} method answers. */
    public Uni<Void> run(String job, Uni<?> run) {
        return bound(job, run).replaceWithVoid();
    }
}
