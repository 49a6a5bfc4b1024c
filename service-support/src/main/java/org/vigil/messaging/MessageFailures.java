package org.vigil.messaging;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.IncomingInterceptor;
import io.smallrye.reactive.messaging.amqp.IncomingAmqpMetadata;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.apache.qpid.proton.amqp.Symbol;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;
import org.vigil.scheduling.RunLimit;

/**
 * Records why an incoming message could not be applied, per message id, in this service's
 * {@code message_failure} table. The channel's failure strategy ({@code modified-failed}) hands the
 * message back to the broker, which redelivers it with backoff and, after its last attempt, moves
 * it to {@code vigil.dead-letter}; the broker keeps no reason, so this record is what
 * {@code ./vigil dead-letters} shows next to it. Applies to every incoming channel (the default
 * interceptor); written after the failed transaction rolled back, so it survives it.
 */
@ApplicationScoped
public class MessageFailures implements IncomingInterceptor {

    private static final Logger LOG = Logger.getLogger(MessageFailures.class);

    private static final int ERROR_LENGTH = 2000;

    /** Artemis' annotation on a message it moved between addresses (dead-lettered, replayed). */
    private static final Symbol MOVED_FROM = Symbol.valueOf("x-opt-ORIG-ADDRESS");

    private static final String RECORD = """
            insert into message_failure (message_id, type, address, attempts, last_error, first_failed_at, last_failed_at)
            values ($1, $2, $3, $4, $5, now(), now())
            on conflict (message_id) do update
            set attempts = excluded.attempts, last_error = excluded.last_error, last_failed_at = excluded.last_failed_at
            """;

    @Inject
    Pool pool;

    @Inject
    RunLimit runLimit;

    /**
     * A message that failed before and is applied now no longer needs an operator. Only messages
     * that may have a record are looked up: redeliveries, and copies the broker moved back from
     * the dead-letter address (a replay starts a new delivery count but carries its origin).
     */
    @Override
    public void onMessageAck(Message<?> message) {
        message.getMetadata(IncomingAmqpMetadata.class)
                .filter(amqp -> amqp.getId() != null && (amqp.getDeliveryCount() > 0 || wasMoved(amqp)))
                .ifPresent(amqp -> pool.preparedQuery("delete from message_failure where message_id = $1")
                        .execute(Tuple.of(amqp.getId()))
                        .subscribe()
                        .with(deleted -> {}, failure -> LOG.debugf("failure record kept: %s", failure)));
    }

    @Override
    public void onMessageNack(Message<?> message, Throwable failure) {
        Optional<IncomingAmqpMetadata> amqp = message.getMetadata(IncomingAmqpMetadata.class);
        String id = amqp.map(IncomingAmqpMetadata::getId).orElse(null);
        if (id == null) {
            LOG.warnf("a message without message-id could not be applied: %s", failure.toString());
            return;
        }
        IncomingAmqpMetadata metadata = amqp.get();
        // delivery-count counts the earlier failed deliveries
        int attempts = metadata.getDeliveryCount() + 1;
        LOG.warnf(
                "message %s (%s) could not be applied, attempt %d: %s",
                id, metadata.getSubject(), attempts, failure.toString());
        pool.preparedQuery(RECORD)
                .execute(Tuple.of(id, metadata.getSubject(), metadata.getAddress(), attempts, describe(failure)))
                .subscribe()
                .with(
                        recorded -> {},
                        unrecorded -> LOG.warnf(
                                "the failure of message %s could not be recorded: %s", id, unrecorded.toString()));
    }

    private static boolean wasMoved(IncomingAmqpMetadata amqp) {
        return amqp.getMessageAnnotations() != null
                && amqp.getMessageAnnotations().getValue() != null
                && amqp.getMessageAnnotations().getValue().containsKey(MOVED_FROM);
    }

    /** The exception chain, one line: what an operator needs to decide on a fix, and no more. */
    static String describe(Throwable failure) {
        StringBuilder text = new StringBuilder(failure.toString());
        Throwable cause = failure.getCause();
        for (int depth = 0; cause != null && depth < 5; depth++, cause = cause.getCause()) {
            text.append(" <- ").append(cause);
        }
        String line = text.toString().replaceAll("\\s+", " ");
        return line.length() <= ERROR_LENGTH ? line : line.substring(0, ERROR_LENGTH);
    }

    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> purgeOld() {
        return runLimit.run(
                "message failure purge",
                pool.query("delete from message_failure where last_failed_at < now() - interval '30 days'")
                        .execute());
    }
}
