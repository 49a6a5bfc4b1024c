package org.vigil.idempotency;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.vigil.scheduling.RunLimit;

/**
 * Drops the answers whose keys have expired (24 h after their first use). Off unless the service
 * sets {@code vigil.idempotency.purge-every} (e.g. {@code 1h}): only a service with the table runs it.
 * An expired key that is still here is treated as unused (see {@link IdempotentRequests}).
 */
@ApplicationScoped
public class IdempotencyPurge {

    @Inject
    Pool pool;

    @Inject
    RunLimit runLimit;

    @Scheduled(
            every = "${vigil.idempotency.purge-every:off}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> purgeScheduled() {
        return runLimit.run("idempotency purge", purge());
    }

    /** Deletes every expired answer; answers how many. */
    public Uni<Integer> purge() {
        return pool.query("delete from idempotent_request where expires_at <= now()")
                .execute()
                .map(rows -> rows.rowCount());
    }
}
