package org.vigil.messaging;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.vigil.metrics.WaitingAge;
import org.vigil.scheduling.RunLimit;

/**
 * The pipeline's health as gauges on {@code /q/metrics}: {@code vigil_outbox_backlog} (rows not yet
 * accepted by the broker), {@code vigil_outbox_oldest_unsent_age_seconds}, and
 * {@code vigil_messages_dead_lettered} (incoming messages this service failed on every attempt the
 * broker allows, so they wait in {@code vigil.dead-letter}; a replayed one that is then applied no
 * longer counts). A scrape never waits on the database: the figures are read every few seconds
 * ({@link WaitingAge}).
 */
@Startup
@ApplicationScoped
public class MessagingMetrics {

    private static final String READ = """
            select (select count(*) from outbox_message where sent_at is null) as backlog,
                   (select min(occurred_at) from outbox_message where sent_at is null) as oldest,
                   (select count(*) from message_failure where attempts >= $1) as dead_lettered
            """;

    private final Pool pool;
    private final int maxDeliveryAttempts;
    private final AtomicLong backlog = new AtomicLong();
    private final AtomicLong deadLettered = new AtomicLong();
    private final WaitingAge oldestAge;
    private final RunLimit runLimit;

    public MessagingMetrics(
            Pool pool,
            Clock clock,
            MeterRegistry registry,
            @ConfigProperty(name = "vigil.messaging.max-delivery-attempts", defaultValue = "20")
                    int maxDeliveryAttempts,
            RunLimit runLimit) {
        this.pool = pool;
        this.runLimit = runLimit;
        this.maxDeliveryAttempts = maxDeliveryAttempts;
        Gauge.builder("vigil.outbox.backlog", backlog, AtomicLong::get)
                .description("Outbox rows the broker has not accepted yet")
                .register(registry);
        this.oldestAge = WaitingAge.register(
                "vigil.outbox.oldest.unsent.age", "How long the oldest unsent outbox row has waited", clock, registry);
        Gauge.builder("vigil.messages.dead.lettered", deadLettered, AtomicLong::get)
                .description("Incoming messages that failed every delivery attempt and were not applied since")
                .register(registry);
    }

    @Scheduled(
            every = "${vigil.metrics.refresh:10s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> refresh() {
        return runLimit.bound("messaging metrics", pool.preparedQuery(READ).execute(Tuple.of(maxDeliveryAttempts)))
                .invoke(rows -> {
                    Row row = rows.iterator().next();
                    backlog.set(row.getLong("backlog"));
                    deadLettered.set(row.getLong("dead_lettered"));
                    oldestAge.oldestWaitingSince(row.getOffsetDateTime("oldest"));
                })
                .replaceWithVoid();
    }
}
