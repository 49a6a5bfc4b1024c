package org.vigil.events.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.vigil.events.query.EventFilter;
import org.vigil.events.query.EventQueries;
import org.vigil.events.record.EventRecord;

/**
 * The public record under a filter, streamed as one HTTP chunk per page of events (2,000 by
 * default): each page is a keyset query (the same as the list's) that reads each event's rendering
 * as stored ({@link ExportRendering}), concatenated into the chunk and written before the next
 * page is read. The response is back-pressured by the client connection, so an export of a million
 * events holds one page in memory and no database connection between pages.
 *
 * <p>A rendering made under other rules than the running code's ({@link ExportRendering#RULES}: a
 * rule changed since, or a row older than the renderings, not yet refreshed by
 * {@link ExportRenderings}) is never used: that event is rendered here from its record instead.
 */
@ApplicationScoped
public class EventExports {

    /** The stored text of one export format. */
    private enum Format {
        CSV("export_csv", AcledCsv::row),
        GEOJSON("export_feature", GeoJsonFeatureCollection::feature);

        /** The stored rendering when it was made under the running rules, else {@code null}. */
        final String document;

        final Function<EventRecord, String> render;

        Format(String column, Function<EventRecord, String> render) {
            // the fingerprint is hex: safe to write into the statement, which stays one prepared shape
            this.document = "(case when export_rules = '" + ExportRendering.RULES + "' then " + column + " end)";
            this.render = render;
        }
    }

    private final EventQueries queries;
    private final Pool pool;
    private final ObjectMapper json;
    private final int pageSize;
    private final DataLicence licence;

    public EventExports(
            EventQueries queries,
            Pool pool,
            ObjectMapper json,
            @ConfigProperty(name = "vigil.export.page-size", defaultValue = "2000") int pageSize,
            DataLicence licence) {
        this.queries = queries;
        this.pool = pool;
        this.licence = licence;
        this.json = json;
        this.pageSize = pageSize;
    }

    /** ACLED-style CSV: the header, then one chunk of rows per page. */
    public Multi<Buffer> csv(EventFilter filter) {
        Multi<Buffer> rows = pages(filter, Format.CSV).map(page -> {
            int length = 0;
            for (String line : page) {
                length += line.length();
            }
            StringBuilder chunk = new StringBuilder(length);
            page.forEach(chunk::append);
            return Buffer.buffer(chunk.toString().getBytes(StandardCharsets.UTF_8));
        });
        return Multi.createBy()
                .concatenating()
                .streams(
                        Multi.createFrom()
                                .item(() -> Buffer.buffer(AcledCsv.header().getBytes(StandardCharsets.UTF_8))),
                        rows);
    }

    /** An RFC 7946 FeatureCollection, opened in the first chunk and closed in the last. */
    public Multi<Buffer> geoJson(EventFilter filter) {
        return Multi.createFrom().deferred(() -> {
            GeoJsonChunks collection = new GeoJsonChunks(licence.url());
            return Multi.createBy()
                    .concatenating()
                    .streams(
                            Multi.createFrom().item(collection::start),
                            pages(filter, Format.GEOJSON).map(collection::add),
                            Multi.createFrom().item(collection::end));
        });
    }

    /** The filtered events' renderings in list order, a page at a time, until a page comes back empty. */
    private Multi<List<String>> pages(EventFilter filter, Format format) {
        return Multi.createBy()
                .repeating()
                .uni(
                        Position::new,
                        position -> queries.rows(filter, position.after, pageSize, format.document)
                                .chain(rows -> {
                                    position.after = lastOf(rows);
                                    return renderings(rows, format);
                                }))
                .until(List::isEmpty);
    }

    private static EventQueries.Cursor lastOf(RowSet<Row> rows) {
        EventQueries.Cursor last = null;
        for (Row row : rows) {
            last = new EventQueries.Cursor(row.getLocalDate("sort_date"), row.getUUID("id"));
        }
        return last;
    }

    /** The page's stored renderings, with those made under other rules rendered afresh from their records. */
    private Uni<List<String>> renderings(RowSet<Row> rows, Format format) {
        List<String> page = new ArrayList<>(rows.size());
        List<UUID> stale = new ArrayList<>();
        for (Row row : rows) {
            String stored = row.getString("doc");
            if (stored == null) {
                stale.add(row.getUUID("id"));
            }
            page.add(stored);
        }
        if (stale.isEmpty()) {
            return Uni.createFrom().item(page);
        }
        List<UUID> ids = new ArrayList<>(rows.size());
        rows.forEach(row -> ids.add(row.getUUID("id")));
        return pool.preparedQuery("select id, record::text as record from event where id = any($1)")
                .execute(Tuple.of(stale.toArray(UUID[]::new)))
                .chain(records -> offLoop(() -> {
                    Map<UUID, String> rendered = new HashMap<>();
                    for (Row row : records) {
                        rendered.put(row.getUUID("id"), format.render.apply(read(row.getString("record"))));
                    }
                    for (int i = 0; i < page.size(); i++) {
                        if (page.get(i) == null) {
                            page.set(i, rendered.get(ids.get(i)));
                        }
                    }
                    return page;
                }));
    }

    private static <T> Uni<T> offLoop(Supplier<T> work) {
        return Uni.createFrom().item(work).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    private EventRecord read(String document) {
        try {
            return json.readValue(document, EventRecord.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored record is unreadable", e);
        }
    }

    /** Where the keyset walk of one export stands. */
    private static final class Position {
        EventQueries.Cursor after;
    }

    /** One FeatureCollection written across chunks: the writer's output is taken after each page. */
    private static final class GeoJsonChunks {

        private final ByteArrayOutputStream out = new ByteArrayOutputStream(1024 * 1024);
        private final String licence;
        private GeoJsonFeatureCollection collection;

        GeoJsonChunks(String licence) {
            this.licence = licence;
        }

        Buffer start() {
            return io(() -> {
                collection = new GeoJsonFeatureCollection(out, licence);
                collection.flush();
            });
        }

        Buffer add(List<String> features) {
            return io(() -> {
                for (String feature : features) {
                    collection.addRendered(feature);
                }
                collection.flush();
            });
        }

        /** Closing ends the JSON and flushes it. */
        Buffer end() {
            return io(() -> collection.close());
        }

        private Buffer io(IoStep step) {
            try {
                step.run();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Buffer chunk = Buffer.buffer(out.toByteArray());
            out.reset();
            return chunk;
        }
    }

    @FunctionalInterface
    private interface IoStep {
        void run() throws IOException;
    }
}
