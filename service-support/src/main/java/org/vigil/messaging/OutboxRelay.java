package org.vigil.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.amqp.OutgoingAmqpMetadata;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;
import org.vigil.scheduling.RunLimit;
import org.vigil.scheduling.RunOnWake;

/**
 * Hands committed outbox rows to the broker. A row is leased (so several replicas never send the
 * same row at once), sent, and marked sent only after the broker accepted it. A send that fails
 * or times out is retried with exponential backoff; the worst case is a duplicate, which every
 * consumer's inbox absorbs.
 *
 * <p>The relay runs when {@link #wake() woken}: by {@link OutboxListener} as soon as a transaction
 * that wrote outbox rows commits (in this replica or any other), and by a periodic poll, the
 * safety net for notifications missed while the listening connection was down and the path of
 * retries whose backoff has run out. A wake during a run makes the run go round once more, so a
 * row committed while a batch was being sent never waits for the poll.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    /** Long enough for a batch to be sent; a crashed relay's rows come back after it. */
    private static final String LEASE = "30 seconds";

    private static final String LEASE_DUE_ROWS = """
            update outbox_message set next_attempt_at = now() + interval '%s', attempts = attempts + 1
            where id in (select id from outbox_message
                         where sent_at is null and next_attempt_at <= now()
                         order by occurred_at, id
                         limit $1
                         for update skip locked)
            returning id, type, address, body, attempts, occurred_at, traceparent
            """.formatted(LEASE);

    /**
     * Sends awaiting the broker's settlement at once, at most: below the emitter's buffer (128 by
     * default), which refuses what does not fit, and still enough to keep the link busy.
     */
    private static final int IN_FLIGHT = 100;

    private final Pool pool;
    private final MutinyEmitter<JsonObject> emitter;
    private final int batchSize;
    private final Duration sendTimeout;
    private final Timer sendDelay;
    private final Duration drainTimeout;
    private final AtomicInteger batchesInFlight = new AtomicInteger();
    private final RunLimit runLimit;
    private final RunOnWake runs;

    public OutboxRelay(
            Pool pool,
            @Channel("outbox") MutinyEmitter<JsonObject> emitter,
            @ConfigProperty(name = "vigil.outbox.batch-size", defaultValue = "100") int batchSize,
            @ConfigProperty(name = "vigil.outbox.send-timeout", defaultValue = "10s") Duration sendTimeout,
            @ConfigProperty(name = "vigil.outbox.drain-timeout", defaultValue = "15s") Duration drainTimeout,
            MeterRegistry registry,
            RunLimit runLimit) {
        this.pool = pool;
        this.emitter = emitter;
        this.batchSize = batchSize;
        this.sendTimeout = sendTimeout;
        // from the event's creation (just before its commit) to the broker's acceptance: how long
        // a change waits for the pipeline, measured where it happens rather than in a test
        this.sendDelay = Timer.builder("vigil.outbox.send.delay")
                .description("From an outbox row's creation to the broker accepting it")
                .publishPercentiles(0.5, 0.99)
                .register(registry);
        this.drainTimeout = drainTimeout;
        this.runLimit = runLimit;
        this.runs = new RunOnWake("outbox relay", runLimit, () -> relay().map(sent -> sent >= batchSize));
    }

    @Scheduled(
            every = "${vigil.outbox.interval:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void poll() {
        wake();
    }

    /**
     * Sends what is due, now or right after the run in progress, and goes on while full batches
     * come back. Never blocks; safe to call from any thread, as often as commits happen.
     */
    public void wake() {
        runs.wake();
    }

    /**
     * Sends what is due now and answers how many rows the broker accepted. A batch's messages go
     * out pipelined on the one sender: each is handed to it in the rows' order (so the link keeps
     * that order) without waiting for the broker to settle the one before, up to the credit the
     * broker grants. The rows the broker accepted are then marked sent in one statement; a row
     * is never marked before its acceptance, and one refused or timed out is retried on its own.
     */
    public Uni<Integer> relay() {
        return Uni.createFrom()
                .deferred(() -> {
                    batchesInFlight.incrementAndGet();
                    return pool.preparedQuery(LEASE_DUE_ROWS).execute(Tuple.of(batchSize));
                })
                .chain(rows -> rows.size() == 0
                        ? Uni.createFrom().item(0)
                        : Multi.createFrom()
                                .iterable(rows)
                                .onItem()
                                // every send subscribed at once, in order: the emitter takes them in this order
                                .transformToUni(this::send)
                                .merge(Math.min(rows.size(), IN_FLIGHT))
                                .filter(Objects::nonNull)
                                .collect()
                                .asList()
                                .call(this::markSent)
                                .map(List::size))
                .onTermination()
                .invoke(batchesInFlight::decrementAndGet);
    }

    /**
     * On SIGTERM the scheduler starts no new batch; the one under way is sent and marked sent
     * before the pool and the broker connection close, so a rolling restart leaves no row leased
     * for 30 s and none sent twice.
     */
    void drain(@Observes ShutdownEvent shutdown) {
        long deadline = System.nanoTime() + drainTimeout.toNanos();
        while (batchesInFlight.get() > 0 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        if (batchesInFlight.get() > 0) {
            LOG.warnf(
                    "outbox batch still in flight after %s; its rows are sent again once the lease ends", drainTimeout);
        }
    }

    /** The row's id once the broker accepted its message; null when it did not, and the row waits for a retry. */
    private Uni<UUID> send(Row row) {
        UUID id = row.getUUID("id");
        String type = row.getString("type");
        OutgoingAmqpMetadata.OutgoingAmqpMetadataBuilder builder = OutgoingAmqpMetadata.builder()
                .withAddress(row.getString("address"))
                .withMessageId(id.toString())
                .withSubject(type)
                .withDurable(true)
                .withContentType("application/json");
        String traceparent = row.getString("traceparent");
        if (traceparent != null) {
            // the writer's trace, so the consumer's span joins it (see MessageTraces)
            builder.withApplicationProperties(new JsonObject().put(MessageTraces.TRACEPARENT, traceparent));
        }
        OutgoingAmqpMetadata metadata = builder.build();
        Message<JsonObject> message =
                Message.of(new JsonObject(row.getString("body"))).addMetadata(metadata);
        return emitter.sendMessage(message)
                .ifNoItem()
                .after(sendTimeout)
                .fail()
                .invoke(() -> sendDelay.record(
                        Duration.between(row.getOffsetDateTime("occurred_at").toInstant(), Instant.now())))
                .replaceWith(id)
                .onFailure()
                .recoverWithUni(failure -> scheduleRetry(id, type, row.getInteger("attempts"), failure)
                        .replaceWith((UUID) null));
    }

    private Uni<Void> markSent(List<UUID> accepted) {
        if (accepted.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return pool.preparedQuery("update outbox_message set sent_at = now(), last_error = null where id = any($1)")
                .execute(Tuple.of(accepted.toArray(UUID[]::new)))
                .replaceWithVoid();
    }

    private Uni<Void> scheduleRetry(UUID id, String type, int attempts, Throwable failure) {
        Duration backoff = backoffAfter(attempts);
        LOG.warnf(
                "outbox %s %s not accepted by the broker (attempt %d), next try in %s: %s",
                type, id, attempts, backoff, failure.toString());
        return pool.preparedQuery("""
                        update outbox_message set next_attempt_at = now() + make_interval(secs => $2), last_error = $3
                        where id = $1""")
                .execute(Tuple.of(id, (double) backoff.toMillis() / 1000.0, truncate(failure.toString())))
                .replaceWithVoid();
    }

    /** 1 s, 2 s, 4 s … up to one minute: a broker outage is waited out, never given up on. */
    static Duration backoffAfter(int attempts) {
        long seconds = 1L << Math.min(Math.max(attempts - 1, 0), 6);
        return Duration.ofSeconds(Math.min(seconds, 60));
    }

    private static String truncate(String text) {
        return text.length() <= 1000 ? text : text.substring(0, 1000);
    }

    /** Sent rows are kept a week for inspection, then dropped; unsent rows are never dropped. */
    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> purgeSent() {
        return runLimit.run(
                "outbox purge",
                pool.query("delete from outbox_message where sent_at < now() - interval '7 days'")
                        .execute());
    }
}
