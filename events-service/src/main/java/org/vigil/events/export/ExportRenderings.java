package org.vigil.events.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.mutiny.subscription.Cancellable;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.vigil.events.record.EventRecord;
import org.vigil.events.repository.EventRows;

/**
 * Brings every public event's stored export rendering up to the running rules
 * ({@link ExportRendering#RULES}) when the service starts: rows from before renderings were stored
 * (V7__export_renderings.sql), and every row after a change of the rules. It runs in the background
 * in batches, in id order; until it is done the exports render the rows it has not reached from
 * their records ({@link EventExports}), so they are right all along, only slower.
 *
 * <p>A batch is written under the public record's writer lock ({@link EventRows#RECORD_LOCK}) and
 * only to rows still at the revision it rendered: an event that changed meanwhile was rendered by
 * its writer and is left alone.
 */
@ApplicationScoped
public class ExportRenderings {

    private static final Logger LOG = Logger.getLogger(ExportRenderings.class);
    /**
     * The id space in two halves (PostgreSQL orders uuids by their bytes, unsigned), walked side by
     * side: one half's batch renders while the other's is written. The nil uuid is never an event's
     * id (they are random), so the walk starts after it.
     */
    private static final UUID NIL = new UUID(0, 0);

    private static final UUID MIDDLE = UUID.fromString("7fffffff-ffff-ffff-ffff-ffffffffffff");
    private static final UUID LAST = UUID.fromString("ffffffff-ffff-ffff-ffff-ffffffffffff");

    private static final String STALE = """
            select id, revision, record::text as record from event
            where id > $1 and id <= $2 and merged_into is null and retracted_at is null
              and export_rules is distinct from $3
            order by id limit $4""";

    private static final String UPDATE = """
            update event e set export_csv = r.csv, export_feature = r.feature, export_rules = $1
            from unnest($2::uuid[], $3::int8[], $4::text[], $5::text[]) as r(id, revision, csv, feature)
            where e.id = r.id and e.revision = r.revision""";

    private final Pool pool;
    private final ObjectMapper json;
    private final int batchSize;
    private Cancellable running;

    public ExportRenderings(
            Pool pool,
            ObjectMapper json,
            @ConfigProperty(name = "vigil.export.render-batch", defaultValue = "500") int batchSize) {
        this.pool = pool;
        this.json = json;
        this.batchSize = batchSize;
    }

    void start(@Observes StartupEvent started) {
        long began = System.nanoTime();
        running = refresh()
                .subscribe()
                .with(
                        rendered -> LOG.infof(
                                "export renderings up to date under rules %s: %d events rendered in %.1f s",
                                ExportRendering.RULES, rendered, (System.nanoTime() - began) / 1e9),
                        failure -> LOG.warnf(
                                "export renderings not brought up to rules %s (the exports render the rest as"
                                        + " they go; the next start tries again): %s",
                                ExportRendering.RULES, failure.toString()));
    }

    void stop(@Observes ShutdownEvent stopping) {
        if (running != null) {
            running.cancel();
        }
    }

    /** Renders every public event whose rendering is not of the running rules; answers how many it wrote. */
    public Uni<Long> refresh() {
        return Uni.combine()
                .all()
                .unis(refresh(NIL, MIDDLE), refresh(MIDDLE, LAST))
                .with((lower, upper) -> lower + upper);
    }

    /** The events with ids in ({@code from}, {@code to}], a batch at a time in id order. */
    private Uni<Long> refresh(UUID from, UUID to) {
        AtomicLong written = new AtomicLong();
        UUID[] after = {from};
        return Multi.createBy()
                .repeating()
                .uni(() -> pool.preparedQuery(STALE)
                        .execute(Tuple.of(after[0], to, ExportRendering.RULES, batchSize))
                        .chain(rows -> {
                            if (rows.size() == 0) {
                                return Uni.createFrom().item(0);
                            }
                            for (Row row : rows) {
                                after[0] = row.getUUID("id");
                            }
                            return render(rows)
                                    .chain(this::write)
                                    .invoke(written::addAndGet)
                                    .replaceWith(rows.size());
                        }))
                .until(count -> count == 0)
                .collect()
                .last()
                .map(ignored -> written.get());
    }

    private record Batch(UUID[] ids, Long[] revisions, String[] csv, String[] features) {}

    private Uni<Batch> render(RowSet<Row> rows) {
        return Uni.createFrom()
                .item(() -> {
                    int n = rows.size();
                    Batch batch = new Batch(new UUID[n], new Long[n], new String[n], new String[n]);
                    int i = 0;
                    for (Row row : rows) {
                        ExportRendering rendering = ExportRendering.of(read(row.getString("record")));
                        batch.ids[i] = row.getUUID("id");
                        batch.revisions[i] = row.getLong("revision");
                        batch.csv[i] = rendering.csv();
                        batch.features[i] = rendering.feature();
                        i++;
                    }
                    return batch;
                })
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    private Uni<Integer> write(Batch batch) {
        return pool.withTransaction(connection -> connection
                .preparedQuery("select pg_advisory_xact_lock($1)")
                .execute(Tuple.of(EventRows.RECORD_LOCK))
                .chain(() -> connection
                        .preparedQuery(UPDATE)
                        .execute(Tuple.from(
                                List.of(ExportRendering.RULES, batch.ids, batch.revisions, batch.csv, batch.features))))
                .map(RowSet::rowCount));
    }

    private EventRecord read(String document) {
        try {
            return json.readValue(document, EventRecord.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored record is unreadable", e);
        }
    }
}
