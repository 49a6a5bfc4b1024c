package org.vigil.events.webhooks;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.vigil.scheduling.RunLimit;

/**
 * The webhooks' outbox writer: turns new change-feed rows into delivery rows. For each
 * subscription, in one transaction, it reads the changes past the subscription's feed position,
 * inserts a delivery for each change of a type it subscribed to, in feed order, and advances the
 * position. A change is thus queued once, whatever crashes when; several replicas share the work
 * by locking subscriptions with {@code skip locked}.
 *
 * <p>A delivery's {@code data} is the change as the feed shows it (position, event, revision,
 * what changed, claim and decision ids, the per-field diff as {@code diff}) and {@code event},
 * the event's public list entry when it was queued (null once merged or retracted). Like the feed,
 * it carries nobody's identity.
 */
@ApplicationScoped
public class ChangeFanOut {

    private static final String LOCK_BEHIND = """
            select id, feed_position, event_types from webhook_subscription
            where disabled_at is null and feed_position < (select coalesce(max(position), 0) from event_change)
            order by feed_position
            limit 20
            for update skip locked""";

    private static final String CHANGES_PAST = """
            select c.position, c.event_id, c.change, c.field, c.claim_id, c.decision_ids, c.revision,
                   c.detail::text as detail, c.occurred_at, e.item::text as item
            from event_change c
            left join event e on e.id = c.event_id and e.merged_into is null and e.retracted_at is null
            where c.position > $1
            order by c.position
            limit $2""";

    private static final String INSERT_DELIVERY = """
            insert into webhook_delivery (id, subscription_id, type, position, body, created_at, state, next_attempt_at)
            values ($1, $2, $3, $4, $5, now(), 'pending', now())""";

    @Inject
    Pool pool;

    @Inject
    WebhookSettings settings;

    @Inject
    RunLimit runLimit;

    @Scheduled(
            every = "${vigil.webhooks.fan-out-interval:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> fanOutDue() {
        return runLimit.bound("webhook fan-out", fanOut()).replaceWithVoid();
    }

    /** Queues what is new for up to 20 subscriptions that are behind; answers how many deliveries it queued. */
    public Uni<Integer> fanOut() {
        return pool.withTransaction(connection -> connection
                .preparedQuery(LOCK_BEHIND)
                .execute()
                .onItem()
                .transformToMulti(rows -> Multi.createFrom().iterable(rows))
                .onItem()
                .transformToUniAndConcatenate(subscription -> queue(connection, subscription))
                .collect()
                .asList()
                .map(counts -> counts.stream().mapToInt(Integer::intValue).sum()));
    }

    private Uni<Integer> queue(SqlConnection connection, Row subscription) {
        UUID id = subscription.getUUID("id");
        long from = subscription.getLong("feed_position");
        Set<String> wanted = Set.of(subscription.getArrayOfStrings("event_types"));
        return connection
                .preparedQuery(CHANGES_PAST)
                .execute(Tuple.of(from, settings.fanOutBatch()))
                .chain(changes -> {
                    long last = from;
                    List<Tuple> deliveries = new ArrayList<>();
                    for (Row change : changes) {
                        last = change.getLong("position");
                        WebhookEventType type = WebhookEventType.ofChange(change.getString("change"));
                        if (wanted.contains(type.wireName())) {
                            deliveries.add(Tuple.of(
                                    UUID.randomUUID(),
                                    id,
                                    type.wireName(),
                                    last,
                                    body(type, change).encode()));
                        }
                    }
                    Uni<Void> inserted = deliveries.isEmpty()
                            ? Uni.createFrom().voidItem()
                            : connection
                                    .preparedQuery(INSERT_DELIVERY)
                                    .executeBatch(deliveries)
                                    .replaceWithVoid();
                    long position = last;
                    return inserted.chain(() -> connection
                                    .preparedQuery("update webhook_subscription set feed_position = $2 where id = $1")
                                    .execute(Tuple.of(id, position)))
                            .replaceWith(deliveries.size());
                });
    }

    /** {@code {type, timestamp, data}}: the Standard Webhooks payload shape. */
    static JsonObject body(WebhookEventType type, Row change) {
        OffsetDateTime at = change.getOffsetDateTime("occurred_at");
        JsonObject data = new JsonObject()
                .put("position", change.getLong("position"))
                .put("eventId", change.getUUID("event_id").toString())
                .put("revision", change.getLong("revision"))
                .put("change", change.getString("change"))
                .put("field", change.getString("field"))
                .put(
                        "claimId",
                        change.getUUID("claim_id") == null
                                ? null
                                : change.getUUID("claim_id").toString())
                .put(
                        "decisionIds",
                        change.getString("decision_ids") == null
                                ? new JsonArray()
                                : new JsonArray(change.getString("decision_ids")))
                .put("at", at.toInstant().toString());
        JsonObject detail = new JsonObject(change.getString("detail"));
        for (String field : detail.fieldNames()) {
            data.put(field.equals("changes") ? "diff" : field, detail.getValue(field));
        }
        data.put("event", change.getString("item") == null ? null : new JsonObject(change.getString("item")));
        return new JsonObject()
                .put("type", type.wireName())
                .put("timestamp", at.toInstant().toString())
                .put("data", data);
    }
}
