package org.vigil.moderation.queue;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;
import org.vigil.contracts.vocabulary.ClaimStatus;
import org.vigil.metrics.WaitingAge;
import org.vigil.scheduling.RunLimit;

/**
 * How the queue is doing, as gauges: {@code vigil_moderation_claims_pending} and
 * {@code vigil_moderation_claims_pending_oldest_age_seconds}. A scrape never waits on the
 * database: the count and the oldest submission are read every few seconds ({@link WaitingAge}).
 */
@Startup
@ApplicationScoped
public class QueueMetrics {

    private static final String PENDING =
            "select count(*) as pending, min(submitted_at) as oldest from claim where status = '"
                    + ClaimStatus.PENDING.name() + "'";

    private final Pool pool;
    private final AtomicLong pending = new AtomicLong();
    private final WaitingAge oldestAge;
    private final RunLimit runLimit;

    public QueueMetrics(Pool pool, Clock clock, MeterRegistry registry, RunLimit runLimit) {
        this.pool = pool;
        this.runLimit = runLimit;
        Gauge.builder("vigil.moderation.claims.pending", pending, AtomicLong::get)
                .description("Claims waiting for a moderator's decision")
                .register(registry);
        this.oldestAge = WaitingAge.register(
                "vigil.moderation.claims.pending.oldest.age",
                "How long the oldest pending claim has waited",
                clock,
                registry);
    }

    @Scheduled(
            every = "${vigil.metrics.refresh:10s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> refresh() {
        return runLimit.bound("queue metrics", pool.query(PENDING).execute())
                .invoke(rows -> {
                    Row row = rows.iterator().next();
                    pending.set(row.getLong("pending"));
                    oldestAge.oldestWaitingSince(row.getOffsetDateTime("oldest"));
                })
                .replaceWithVoid();
    }
}
