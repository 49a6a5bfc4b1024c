package org.vigil.moderation.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.vigil.scheduling.RunLimit;
import org.vigil.scheduling.RunOnWake;

/**
 * Chains committed acts into the audit log, in the order it finds them, a batch per transaction:
 * takes the log's lock (only sequencers contend for it), reads the head, appends an entry for
 * each act waiting in {@code audit_act_pending} (each naming its act) and takes them off that
 * list, then commits. An act is therefore chained exactly once: a second sequencer (another
 * replica, or this one woken twice) waits for the lock and then finds those acts gone from the
 * list, and the unique index on {@code audit_entry.act_id} refuses a second entry for one act
 * even so. The chain's order is the order of sequencing; an act's id only breaks ties.
 *
 * <p>It runs when {@link #wake() woken}: by {@link AuditActListener} as soon as a transaction that
 * recorded acts commits (in any replica), and by a periodic poll, the safety net for
 * notifications missed while the listening connection was down. A wake during a run makes the
 * run go round once more, so an act committed meanwhile never waits for the poll.
 */
@ApplicationScoped
public class AuditSequencer {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String HEAD = "select sequence, hash from audit_entry order by sequence desc limit 1";

    private static final String WAITING_ACTS = """
            select a.id, a.occurred_at, a.actor, a.action, a.subject_type, a.subject_id, a.details::text as details
            from audit_act_pending p join audit_act a on a.id = p.act_id
            order by a.id limit $1""";

    /** The entry's content copied from its act in the database, exactly as stored; the hash was computed from it. */
    private static final String APPEND = """
            insert into audit_entry
                (sequence, occurred_at, actor, action, subject_type, subject_id, details, previous_hash, hash, act_id)
            select $1, a.occurred_at, a.actor, a.action, a.subject_type, a.subject_id, a.details, $2, $3, a.id
            from audit_act a where a.id = $4""";

    private static final String CHAINED = "delete from audit_act_pending where act_id = any($1)";

    private final Pool pool;
    private final int batchSize;
    private final RunOnWake runs;

    public AuditSequencer(
            Pool pool,
            @ConfigProperty(name = "vigil.audit.sequencer.batch-size", defaultValue = "500") int batchSize,
            RunLimit runLimit) {
        this.pool = pool;
        this.batchSize = batchSize;
        this.runs = new RunOnWake("audit sequencer", runLimit, () -> sequence().map(chained -> chained >= batchSize));
    }

    @Scheduled(
            every = "${vigil.audit.sequencer.interval:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void poll() {
        wake();
    }

    /** Chains what waits, now or right after the run in progress. Never blocks; safe from any thread. */
    public void wake() {
        runs.wake();
    }

    /** Chains one batch of waiting acts in one transaction; answers how many it chained. */
    public Uni<Integer> sequence() {
        return pool.withTransaction(connection -> connection
                .preparedQuery("select 1 from pg_advisory_xact_lock($1)")
                .execute(Tuple.of(AuditLog.LOCK_KEY))
                .chain(() -> connection.query(HEAD).execute())
                .chain(head -> connection
                        .preparedQuery(WAITING_ACTS)
                        .execute(Tuple.of(batchSize))
                        .chain(acts -> append(connection, headOf(head), acts))));
    }

    private static ChainHead headOf(RowSet<Row> rows) {
        if (!rows.iterator().hasNext()) {
            return ChainHead.EMPTY;
        }
        Row head = rows.iterator().next();
        return new ChainHead(head.getLong("sequence"), head.getString("hash"));
    }

    private static Uni<Integer> append(SqlConnection connection, ChainHead head, RowSet<Row> acts) {
        if (acts.size() == 0) {
            return Uni.createFrom().item(0);
        }
        List<Tuple> entries = new ArrayList<>(acts.size());
        List<Long> ids = new ArrayList<>(acts.size());
        ChainHead last = head;
        for (Row act : acts) {
            AuditEntry entry = AuditChain.append(
                    last,
                    act.getOffsetDateTime("occurred_at").toInstant(),
                    act.getString("actor"),
                    act.getString("action"),
                    new AuditEntry.Subject(act.getString("subject_type"), act.getString("subject_id")),
                    details(act.getString("details")));
            entries.add(Tuple.of(entry.sequence(), entry.previousHash(), entry.hash(), act.getLong("id")));
            ids.add(act.getLong("id"));
            last = entry.asHead();
        }
        return connection
                .preparedQuery(APPEND)
                .executeBatch(entries)
                .chain(() -> connection.preparedQuery(CHAINED).execute(Tuple.of(ids.toArray(Long[]::new))))
                .replaceWith(entries.size());
    }

    private static ObjectNode details(String json) {
        try {
            return (ObjectNode) JSON.readTree(json);
        } catch (JsonProcessingException | ClassCastException e) {
            // the column is jsonb of an object, as every act records: anything else is a broken database
            throw new IllegalStateException("an act's details are not a JSON object", e);
        }
    }
}
