package org.vigil.events.webhooks;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.MultiMap;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.vigil.scheduling.RunLimit;

/**
 * Sends queued deliveries. Per subscription the changes go in feed order, head of line: a change
 * is not sent while an earlier one is still pending (being retried); test pings go apart from
 * that line. A delivery is leased before it is sent, so several replicas never send the same one
 * at once, and a crashed sender's lease runs out and the delivery is sent again — a receiver may
 * see a {@code webhook-id} twice and should dedupe on it, as the spec says.
 *
 * <p>A failed attempt is retried after the next wait of {@link RetrySchedule}; after the last one
 * the delivery is given up ({@code failed}) and the next in line goes. A subscription whose every
 * attempt failed for {@code vigil.webhooks.disable-after} is disabled, with the reason shown to
 * its owner. The receiver's address is vetted again before every attempt.
 */
@ApplicationScoped
public class DeliverySender {

    private static final Logger LOG = Logger.getLogger(DeliverySender.class);

    /** Longer than an attempt can take (10 s): a lease that runs out means its sender died. */
    private static final Duration LEASE = Duration.ofSeconds(60);

    /** How long one run keeps sending while receivers accept: well inside the LEASE and the run's limit. */
    private static final Duration DRAIN_FOR = Duration.ofSeconds(20);

    private static final String LEASE_DUE = """
            update webhook_delivery d set next_attempt_at = now() + make_interval(secs => $2)
            from webhook_subscription s
            where s.id = d.subscription_id
              and d.id in (
                select due.id from webhook_delivery due
                join webhook_subscription subscription on subscription.id = due.subscription_id
                where due.state = 'pending' and due.next_attempt_at <= now() and subscription.disabled_at is null
                  and (due.position is null or not exists (
                        select 1 from webhook_delivery earlier
                        where earlier.subscription_id = due.subscription_id and earlier.state = 'pending'
                          and earlier.position is not null and earlier.seq < due.seq))
                order by due.next_attempt_at, due.seq
                limit $1
                for update of due skip locked)
            returning d.id, d.subscription_id, d.type, d.position, d.body, d.attempts, s.url, s.secret,
                      case when s.previous_secret_expires_at > now() then s.previous_secret end as previous_secret""";

    private static final String DELIVERED = """
            with attempt as (
                insert into webhook_attempt (delivery_id, number, attempted_at, status_code, error, duration_ms)
                values ($1, $2, now(), $3, null, $4)),
            line as (
                update webhook_subscription set failing_since = null where id = $5 and $6)
            update webhook_delivery
            set state = 'delivered', attempts = $2, last_attempt_at = now(), last_status_code = $3, last_error = null,
                next_attempt_at = null, delivered_at = now()
            where id = $1""";

    private static final String FAILED = """
            with attempt as (
                insert into webhook_attempt (delivery_id, number, attempted_at, status_code, error, duration_ms)
                values ($1, $2, now(), $3, $4, $5)),
            line as (
                update webhook_subscription
                set failing_since = coalesce(failing_since, now()),
                    disabled_at = coalesce(disabled_at,
                        case when coalesce(failing_since, now()) <= now() - make_interval(secs => $8) then now() end),
                    disabled_reason = coalesce(disabled_reason,
                        case when coalesce(failing_since, now()) <= now() - make_interval(secs => $8)
                             then 'every delivery failed since ' || to_char(failing_since at time zone 'UTC', 'YYYY-MM-DD HH24:MI "UTC"')
                                  || '; last: ' || $4 end)
                where id = $6 and $9)
            update webhook_delivery
            set state = case when $7::double precision is null then 'failed' else 'pending' end,
                attempts = $2, last_attempt_at = now(), last_status_code = $3, last_error = $4,
                next_attempt_at = now() + make_interval(secs => $7::double precision)
            where id = $1""";

    private final Pool pool;
    private final ReceiverClient client;
    private final WebhookSettings settings;
    private final RetrySchedule retries;
    private final Clock clock;
    private final WebhookSecretKey secretKey;
    private final ReceiverUrl.Resolver resolver = InetAddress::getAllByName;
    private final RunLimit runLimit;

    public DeliverySender(
            Pool pool,
            ReceiverClient client,
            WebhookSettings settings,
            Clock clock,
            WebhookSecretKey secretKey,
            RunLimit runLimit) {
        this.pool = pool;
        this.runLimit = runLimit;
        this.secretKey = secretKey;
        this.client = client;
        this.settings = settings;
        this.clock = clock;
        this.retries = new RetrySchedule(settings.retrySchedule(), new Random());
    }

    @Scheduled(
            every = "${vigil.webhooks.send-interval:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> sendDue() {
        // rows a run cut off by the limit leased are leased again once their LEASE is over
        return runLimit.bound("webhook send", drain()).replaceWithVoid();
    }

    /**
     * Sends what is due, again and again while deliveries succeed, for at most {@link #DRAIN_FOR}.
     * Head of line lets one change per subscription be due at a time, so one pass sends one change
     * to each receiver: a run that stopped there would hand a partner one change per interval,
     * which the fault suite's 2,000 changes showed falling further behind the record all the time.
     * Answers how many were delivered.
     */
    public Uni<Integer> drain() {
        long until = System.nanoTime() + DRAIN_FOR.toNanos();
        return Multi.createBy()
                .repeating()
                .uni(this::send)
                .whilst(delivered -> delivered > 0 && System.nanoTime() < until)
                .collect()
                .with(Collectors.summingInt(Integer::intValue));
    }

    /** Sends what is due now; answers how many were delivered. */
    public Uni<Integer> send() {
        return pool.preparedQuery(LEASE_DUE)
                .execute(Tuple.of(settings.sendBatch(), (double) LEASE.toSeconds()))
                .onItem()
                .transformToMulti(rows -> Multi.createFrom().iterable(rows))
                .onItem()
                .transformToUni(this::attempt)
                .merge(settings.concurrency())
                .collect()
                .asList()
                .map(results ->
                        (int) results.stream().filter(Boolean::booleanValue).count());
    }

    private Uni<Boolean> attempt(Row delivery) {
        UUID id = delivery.getUUID("id");
        int number = delivery.getInteger("attempts") + 1;
        boolean ping = delivery.getLong("position") == null;
        String body = delivery.getString("body");
        ReceiverUrl url;
        try {
            url = ReceiverUrl.parse(delivery.getString("url"), settings.allowLoopback());
        } catch (ReceiverUrl.Refused e) {
            return record(delivery, number, ping, new ReceiverClient.Outcome(null, "the URL " + e.getMessage(), 0));
        }
        ReceiverUrl receiver = url;
        return Uni.createFrom()
                .item(() -> receiver.vet(resolver, settings.allowLoopback()))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .chain(address -> client.post(receiver, address, headers(delivery, id, body), body))
                .onFailure(ReceiverUrl.Refused.class)
                .recoverWithItem(refused -> new ReceiverClient.Outcome(null, "the URL " + refused.getMessage(), 0))
                .chain(outcome -> record(delivery, number, ping, outcome))
                // e.g. the subscription was deleted meanwhile: the other deliveries of the batch go on
                .onFailure()
                .invoke(failure -> LOG.warnf("webhook delivery %s not recorded: %s", id, failure.toString()))
                .onFailure()
                .recoverWithItem(false);
    }

    private MultiMap headers(Row delivery, UUID id, String body) {
        long timestamp = clock.instant().getEpochSecond();
        String messageId = id.toString();
        String subscription = delivery.getUUID("subscription_id").toString();
        String signature = secretKey
                .signingSecret(delivery.getString("secret"), subscription)
                .sign(messageId, timestamp, body);
        String previous = delivery.getString("previous_secret");
        if (previous != null) {
            signature = signature + " "
                    + secretKey.signingSecret(previous, subscription).sign(messageId, timestamp, body);
        }
        return MultiMap.caseInsensitiveMultiMap()
                .add("content-type", "application/json")
                .add("user-agent", "Vigil-Webhooks/1")
                .add("webhook-id", messageId)
                .add("webhook-timestamp", Long.toString(timestamp))
                .add("webhook-signature", signature);
    }

    private Uni<Boolean> record(Row delivery, int number, boolean ping, ReceiverClient.Outcome outcome) {
        UUID id = delivery.getUUID("id");
        UUID subscription = delivery.getUUID("subscription_id");
        if (outcome.delivered()) {
            return pool.preparedQuery(DELIVERED)
                    .execute(Tuple.tuple()
                            .addUUID(id)
                            .addInteger(number)
                            .addInteger(outcome.statusCode())
                            .addInteger((int) outcome.durationMillis())
                            .addUUID(subscription)
                            .addBoolean(!ping))
                    .replaceWith(true);
        }
        // a ping is a one-off check of the receiver: it is not retried and never disables anything
        Optional<Duration> wait = ping ? Optional.empty() : retries.after(number);
        LOG.debugf("webhook delivery %s attempt %d failed: %s", id, number, outcome.error());
        return pool.preparedQuery(FAILED)
                .execute(Tuple.tuple()
                        .addUUID(id)
                        .addInteger(number)
                        .addInteger(outcome.statusCode())
                        .addString(outcome.error())
                        .addInteger((int) outcome.durationMillis())
                        .addUUID(subscription)
                        .addValue(wait.map(w -> w.toMillis() / 1000.0).orElse(null))
                        .addDouble((double) settings.disableAfter().toSeconds())
                        .addBoolean(!ping))
                .replaceWith(false);
    }

    /**
     * Delivered and given-up deliveries stay 30 days for their owners to inspect, then go; pending
     * ones are never dropped.
     */
    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> purgeFinished() {
        return runLimit.bound(
                        "webhook delivery purge",
                        pool.query(
                                        "delete from webhook_delivery where state <> 'pending' and created_at < now() - interval '30 days'")
                                .execute())
                .replaceWithVoid();
    }
}
