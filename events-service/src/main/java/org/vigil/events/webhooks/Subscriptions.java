package org.vigil.events.webhooks;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.vigil.problem.ProblemException;

/**
 * A partner's webhook subscriptions: made, listed, rotated, pinged and deleted by their owner
 * only. Someone else's subscription answers as if it did not exist. Each use case is one
 * statement or one transaction.
 */
@ApplicationScoped
public class Subscriptions {

    private static final PageCursor SUBSCRIPTIONS = new PageCursor("webhook");
    private static final PageCursor DELIVERIES = new PageCursor("delivery");

    private static final String COLUMNS = """
            id, url, event_types, created_at, disabled_at, disabled_reason,
            case when previous_secret_expires_at > now() then previous_secret_expires_at end as previous_valid_until""";

    @Inject
    Pool pool;

    @Inject
    WebhookSettings settings;

    @Inject
    Clock clock;

    @Inject
    WebhookSecretKey secretKey;

    private final ReceiverUrl.Resolver resolver = InetAddress::getAllByName;

    /**
     * Subscribes {@code owner} to changes from now on, on {@code client} (the transaction that
     * also keeps the answer of a keyed request). The answer carries the signing secret, the only
     * time it is shown.
     */
    public Uni<Subscription> create(SqlClient client, String owner, String url, List<String> events) {
        ReceiverUrl receiver = receiver(url);
        List<String> types = eventTypes(events);
        SigningSecret secret = SigningSecret.generate();
        UUID id = UUID.randomUUID();
        return vet(receiver)
                .chain(address -> client.preparedQuery("""
                                insert into webhook_subscription (id, owner, url, event_types, secret, feed_position, created_at)
                                select $1, $2, $3, $4, $5, (select coalesce(max(position), 0) from event_change), $6
                                where (select count(*) from webhook_subscription where owner = $2) < $7
                                returning
                                """ + COLUMNS)
                        .execute(Tuple.tuple()
                                .addUUID(id)
                                .addString(owner)
                                .addString(receiver.toString())
                                .addArrayOfString(types.toArray(String[]::new))
                                .addString(secretKey.seal(secret, id))
                                .addOffsetDateTime(now())
                                .addLong((long) settings.maxPerOwner())))
                .map(rows -> {
                    if (rows.size() == 0) {
                        throw ProblemException.conflict("a partner has at most " + settings.maxPerOwner()
                                + " webhook subscriptions: delete one first");
                    }
                    return subscription(rows.iterator().next()).withSecret(secret);
                });
    }

    public Uni<Page<Subscription>> list(String owner, String cursor, int limit) {
        long after = SUBSCRIPTIONS.decode(cursor, 0);
        return pool.preparedQuery("select seq, " + COLUMNS
                        + " from webhook_subscription where owner = $1 and seq > $2 order by seq limit $3")
                .execute(Tuple.of(owner, after, limit + 1))
                .map(rows -> page(rows, limit, SUBSCRIPTIONS, Subscriptions::subscription));
    }

    public Uni<Subscription> find(String owner, UUID id) {
        return pool.preparedQuery("select " + COLUMNS + " from webhook_subscription where id = $1 and owner = $2")
                .execute(Tuple.of(id, owner))
                .map(rows -> subscription(only(rows)));
    }

    /** Deletes the subscription and every delivery still queued for it. */
    public Uni<Void> delete(String owner, UUID id) {
        return pool.preparedQuery("delete from webhook_subscription where id = $1 and owner = $2")
                .execute(Tuple.of(id, owner))
                .invoke(rows -> {
                    if (rows.rowCount() == 0) {
                        throw notFound();
                    }
                })
                .replaceWithVoid();
    }

    /**
     * A new secret, shown once. The one it replaces keeps signing beside it for
     * {@code vigil.webhooks.previous-secret-validity}, so receivers can switch without losing a
     * delivery; a second rotation within that time ends the first one's grace. Both are stored
     * encrypted ({@link WebhookSecretKey}), bound to the subscription's id, so the rotation moves
     * the sealed value as it is.
     */
    public Uni<Subscription> rotateSecret(String owner, UUID id) {
        SigningSecret secret = SigningSecret.generate();
        return pool.preparedQuery("""
                        update webhook_subscription
                        set previous_secret = secret, previous_secret_expires_at = $3, secret = $4
                        where id = $1 and owner = $2
                        returning
                        """ + COLUMNS)
                .execute(Tuple.of(
                        id,
                        owner,
                        OffsetDateTime.now(clock).plus(settings.previousSecretValidity()),
                        secretKey.seal(secret, id)))
                .map(rows -> subscription(only(rows)).withSecret(secret));
    }

    /** Queues a {@code webhook.test} message, sent apart from the line of changes. */
    public Uni<Delivery> ping(String owner, UUID id) {
        UUID deliveryId = UUID.randomUUID();
        Instant at = clock.instant();
        String body = new JsonObject()
                .put("type", WebhookEventType.PING.wireName())
                .put("timestamp", at.toString())
                .put(
                        "data",
                        new JsonObject()
                                .put("subscriptionId", id.toString())
                                .put(
                                        "message",
                                        "A test delivery from Vigil: this receiver is reachable and its secret verifies."))
                .encode();
        return find(owner, id)
                .invoke(subscription -> {
                    if (subscription.disabledAt() != null) {
                        throw ProblemException.conflict(
                                "the subscription is disabled: " + subscription.disabledReason());
                    }
                })
                .chain(subscription -> pool.preparedQuery("""
                                insert into webhook_delivery (id, subscription_id, type, position, body, created_at, state, next_attempt_at)
                                values ($1, $2, $3, null, $4, $5, 'pending', $5)""")
                        .execute(Tuple.of(deliveryId, id, WebhookEventType.PING.wireName(), body, now())))
                .map(rows -> new Delivery(
                        new Delivery.Message(deliveryId, WebhookEventType.PING.wireName(), null, at),
                        Delivery.Progress.pending(at),
                        List.of()));
    }

    /** The subscription's deliveries, newest first, each with its attempts. */
    public Uni<Page<Delivery>> deliveries(String owner, UUID id, String cursor, int limit) {
        long before = DELIVERIES.decode(cursor, Long.MAX_VALUE);
        return find(owner, id)
                .chain(subscription -> pool.preparedQuery("""
                        select d.seq, d.id, d.type, d.position, d.state, d.created_at, d.attempts, d.last_attempt_at,
                               d.last_status_code, d.last_error, d.next_attempt_at, d.delivered_at,
                               (select coalesce(json_agg(json_build_object(
                                           'number', a.number, 'at', a.attempted_at, 'statusCode', a.status_code,
                                           'error', a.error, 'durationMillis', a.duration_ms) order by a.number), '[]'::json)
                                from webhook_attempt a where a.delivery_id = d.id)::text as attempt_log
                        from webhook_delivery d
                        where d.subscription_id = $1 and d.seq < $2
                        order by d.seq desc limit $3""")
                        .execute(Tuple.of(id, before, limit + 1))
                        .map(rows -> page(rows, limit, DELIVERIES, Subscriptions::delivery)));
    }

    private ReceiverUrl receiver(String url) {
        try {
            return ReceiverUrl.parse(url, settings.allowLoopback());
        } catch (ReceiverUrl.Refused e) {
            throw ProblemException.invalid("url", e.getMessage());
        }
    }

    /** Resolves the receiver's host off the event loop: the lookup blocks. */
    private Uni<InetAddress> vet(ReceiverUrl receiver) {
        return Uni.createFrom()
                .item(() -> {
                    try {
                        return receiver.vet(resolver, settings.allowLoopback());
                    } catch (ReceiverUrl.Refused e) {
                        throw ProblemException.invalid("url", e.getMessage());
                    }
                })
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    private static List<String> eventTypes(List<String> events) {
        if (events == null || events.isEmpty()) {
            throw ProblemException.invalid(
                    "events", "names at least one of event.created, event.updated, event.merged, event.retracted");
        }
        Set<String> types = new LinkedHashSet<>();
        for (String event : events) {
            if (event == null || WebhookEventType.subscribable(event).isEmpty()) {
                throw ProblemException.invalid(
                        "events",
                        "'" + event + "' is none of event.created, event.updated, event.merged, event.retracted");
            }
            types.add(event);
        }
        return List.copyOf(types);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    private static Row only(RowSet<Row> rows) {
        if (rows.size() == 0) {
            throw notFound();
        }
        return rows.iterator().next();
    }

    private static ProblemException notFound() {
        return ProblemException.notFound("the webhook subscription");
    }

    private static <T> Page<T> page(RowSet<Row> rows, int limit, PageCursor cursor, Function<Row, T> item) {
        List<T> items = new ArrayList<>();
        long last = 0;
        for (Row row : rows) {
            if (items.size() == limit) {
                return new Page<>(items, cursor.encode(last));
            }
            items.add(item.apply(row));
            last = row.getLong("seq");
        }
        return new Page<>(items, null);
    }

    private static Subscription subscription(Row row) {
        return new Subscription(
                row.getUUID("id"),
                new Subscription.Target(row.getString("url"), List.of(row.getArrayOfStrings("event_types"))),
                instant(row, "created_at"),
                new Subscription.Status(instant(row, "disabled_at"), row.getString("disabled_reason")),
                instant(row, "previous_valid_until"));
    }

    private static Delivery delivery(Row row) {
        List<Delivery.Attempt> attempts = new ArrayList<>();
        for (Object entry : new JsonArray(row.getString("attempt_log"))) {
            JsonObject attempt = (JsonObject) entry;
            attempts.add(new Delivery.Attempt(
                    attempt.getInteger("number"),
                    OffsetDateTime.parse(attempt.getString("at")).toInstant(),
                    attempt.getInteger("statusCode"),
                    attempt.getString("error"),
                    attempt.getLong("durationMillis")));
        }
        return new Delivery(
                new Delivery.Message(
                        row.getUUID("id"), row.getString("type"), row.getLong("position"), instant(row, "created_at")),
                new Delivery.Progress(
                        row.getString("state"),
                        row.getInteger("attempts"),
                        instant(row, "last_attempt_at"),
                        row.getInteger("last_status_code"),
                        row.getString("last_error"),
                        instant(row, "next_attempt_at"),
                        instant(row, "delivered_at")),
                attempts);
    }

    private static Instant instant(Row row, String column) {
        OffsetDateTime value = row.getOffsetDateTime(column);
        return value == null ? null : value.toInstant();
    }
}
