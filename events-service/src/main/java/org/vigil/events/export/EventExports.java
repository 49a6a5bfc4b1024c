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
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.vigil.events.query.EventFilter;
import org.vigil.events.query.EventQueries;
import org.vigil.events.query.RecordSql;
import org.vigil.events.record.EventRecord;

/**
 * The public record under a filter, streamed in chunks of up to 1,000 events' stored renderings
 * ({@link ExportRendering}) as UTF-8 bytes straight from the database: no string per event on the
 * way. The response is back-pressured by the client connection: at most one chunk is read ahead of
 * the one being written, so an export of a million events holds two chunks in memory. Chunks of
 * 1,000 (~300 KB) rather than more keep what an export holds inside the young generation of the
 * service's small heap: with 5,000, a million-event export promoted its rows and ran sixty full
 * collections (docs/benchmark.md, "Exports at the database's speed").
 *
 * <p>An export reads through one cursor in one snapshot ({@link ExportSnapshot}) while fewer than
 * {@code vigil.export.snapshots} others do; beyond that it walks the list's keyset pages, each
 * joined into one text by the database, holding no connection between pages: slower at a million
 * events, but it never takes the connections the other reads need.
 *
 * <p>A rendering made under other rules than the running code's ({@link ExportRendering#RULES}: a
 * rule changed since, or a row older than the renderings, not yet refreshed by
 * {@link ExportRenderings}) is never used: that event is rendered here from its record instead.
 */
@ApplicationScoped
public class EventExports {

    /** The stored text of one export format. */
    private enum Format {
        CSV("export_csv", "", AcledCsv::row),
        GEOJSON("export_feature", ",", GeoJsonFeatureCollection::feature);

        /** The stored rendering when it was made under the running rules, else {@code null}. */
        final String document;

        /** What goes between two renderings in the file. */
        final String separator;

        /** The same as bytes, appended between rows without encoding it a million times. */
        final byte[] separatorBytes;

        /**
         * One page's renderings joined by the database, with what the next page starts after and
         * how many renderings were of other rules ({@code stale}).
         */
        final String joined;

        final Function<EventRecord, String> render;

        Format(String column, String separator, Function<EventRecord, String> render) {
            // the fingerprint is hex: safe to write into the statement, which stays one prepared shape
            this.document = "(case when export_rules = '" + ExportRendering.RULES + "' then " + column + " end)";
            this.separator = separator;
            this.separatorBytes = separator.getBytes(StandardCharsets.UTF_8);
            this.joined = "select convert_to(string_agg(doc, '" + separator
                    + "' order by sort_date desc, id desc), 'UTF8') as text,"
                    + " count(*) as n, count(*) - count(doc) as stale,"
                    + " (array_agg(sort_date order by sort_date, id))[1] as sort_date,"
                    + " (array_agg(id order by sort_date, id))[1] as id from (%s) page";
            this.render = render;
        }
    }

    @Inject
    EventQueries queries;

    @Inject
    Pool pool;

    @Inject
    ObjectMapper json;

    @Inject
    @ConfigProperty(name = "vigil.export.page-size", defaultValue = "1000")
    int pageSize;

    @Inject
    @ConfigProperty(name = "vigil.export.snapshots", defaultValue = "2")
    int snapshots;

    @Inject
    DataLicence licence;

    /** How many exports read through their own snapshot now. */
    private final AtomicInteger reading = new AtomicInteger();

    /** ACLED-style CSV: the header, then one chunk of rows per page. */
    public Multi<Buffer> csv(EventFilter filter) {
        Multi<Buffer> rows = pages(filter, Format.CSV);
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
                            pages(filter, Format.GEOJSON),
                            Multi.createFrom().item(collection::end));
        });
    }

    /**
     * The filtered events' renderings in list order, through a snapshot when one is free. Every
     * chunk but the first starts with the format's separator, so the chunks are sent as they are.
     */
    private Multi<Buffer> pages(EventFilter filter, Format format) {
        return Multi.createFrom().deferred(() -> {
            if (reading.incrementAndGet() <= snapshots) {
                return snapshot(filter, format);
            }
            reading.decrementAndGet();
            return keysetPages(filter, format);
        });
    }

    /** Every filtered event's rendering through one cursor, {@code pageSize} rows a chunk; gives its slot back however it ends. */
    private Multi<Buffer> snapshot(EventFilter filter, Format format) {
        List<Object> params = new ArrayList<>();
        // a row's id only where its rendering is of other rules: no UUID read for the others
        String rows = "select convert_to(doc, 'UTF8') as bytes, case when doc is null then id end as stale from ("
                + RecordSql.page(filter, null, Integer.MAX_VALUE, format.document, params)
                + ") exported order by sort_date desc, id desc";
        Function<ExportSnapshot, Uni<Void>> release =
                snapshot -> snapshot.close().eventually(reading::decrementAndGet);
        return Multi.createFrom()
                .resourceFromUni(
                        () -> ExportSnapshot.open(pool, rows, Tuple.from(params))
                                .onFailure()
                                .invoke(reading::decrementAndGet),
                        snapshot -> Multi.createBy()
                                .repeating()
                                .uni(
                                        Position::new,
                                        position -> snapshot.read(pageSize)
                                                .chain(batch -> chunk(batch, format, position.chunks++ > 0)))
                                .until(chunk -> chunk.length() == 0))
                .withFinalizer(release);
    }

    /**
     * One batch of cursor rows as one chunk, after a separator when it is not the first, events
     * rendered under other rules rendered afresh. The
     * rows are read bare and by position: a million rows through the Mutiny wrappers cost two
     * wrapper objects and a column-name lookup each, and an export's garbage is what makes its
     * collector work.
     */
    private Uni<Buffer> chunk(RowSet<Row> batch, Format format, boolean separated) {
        if (batch == null || batch.size() == 0) {
            return Uni.createFrom().item(Buffer.buffer());
        }
        io.vertx.sqlclient.RowSet<io.vertx.sqlclient.Row> rows = batch.getDelegate();
        List<Buffer> stored = new ArrayList<>(rows.size());
        List<UUID> stale = new ArrayList<>();
        int length = separated ? format.separatorBytes.length : 0;
        for (io.vertx.sqlclient.Row row : rows) {
            Buffer bytes = row.getBuffer(0);
            stored.add(bytes);
            if (bytes == null) {
                stale.add(row.getUUID(1));
            } else {
                length += bytes.length() + format.separatorBytes.length;
            }
        }
        int size = length;
        return renderedAfresh(stale, format).map(rendered -> {
            Buffer chunk = Buffer.buffer(size);
            int renderedNext = 0;
            for (int i = 0; i < stored.size(); i++) {
                if (i > 0 || separated) {
                    chunk.appendBytes(format.separatorBytes);
                }
                Buffer bytes = stored.get(i);
                if (bytes == null) {
                    chunk.appendString(rendered.get(stale.get(renderedNext++)), "UTF-8");
                } else {
                    chunk.appendBuffer(bytes);
                }
            }
            return chunk;
        });
    }

    /**
     * The filtered events' renderings in list order, a page at a time joined into one text by the
     * database, until a page comes back empty. A page holding renderings of other rules is read
     * again row by row, and those events rendered from their records.
     */
    private Multi<Buffer> keysetPages(EventFilter filter, Format format) {
        return Multi.createBy()
                .repeating()
                .uni(Position::new, position -> {
                    List<Object> params = new ArrayList<>();
                    String page = RecordSql.page(filter, position.after, pageSize, format.document, params);
                    return pool.preparedQuery(format.joined.formatted(page))
                            .execute(Tuple.from(params))
                            .chain(joined -> {
                                Row row = joined.iterator().next();
                                EventQueries.Cursor after = position.after;
                                position.after = row.getLong("n") == 0
                                        ? null
                                        : new EventQueries.Cursor(row.getLocalDate("sort_date"), row.getUUID("id"));
                                boolean separated = position.chunks++ > 0;
                                if (row.getLong("stale") == 0) {
                                    // the text as UTF-8 bytes, straight from the database into the chunk
                                    io.vertx.mutiny.core.buffer.Buffer text = row.getBuffer("text");
                                    return Uni.createFrom()
                                            .item(
                                                    text == null
                                                            ? Buffer.buffer()
                                                            : separated(text.getDelegate(), separated, format));
                                }
                                // read again: the page as it is now, and where it now ends
                                return queries.rows(filter, after, pageSize, format.document)
                                        .chain(rows -> {
                                            rows.forEach(each -> position.after = new EventQueries.Cursor(
                                                    each.getLocalDate("sort_date"), each.getUUID("id")));
                                            return renderings(rows, format);
                                        })
                                        .map(renderings -> separated(
                                                Buffer.buffer(String.join(format.separator, renderings)
                                                        .getBytes(StandardCharsets.UTF_8)),
                                                separated,
                                                format));
                            });
                })
                .until(page -> page.length() == 0);
    }

    /** A non-empty page after the separator when it is not the first. */
    private static Buffer separated(Buffer page, boolean separated, Format format) {
        if (!separated || page.length() == 0 || format.separatorBytes.length == 0) {
            return page;
        }
        return Buffer.buffer(page.length() + format.separatorBytes.length)
                .appendBytes(format.separatorBytes)
                .appendBuffer(page);
    }

    /** The page's stored renderings, with those made under other rules rendered afresh from their records. */
    private Uni<List<String>> renderings(RowSet<Row> rows, Format format) {
        List<String> page = new ArrayList<>(rows.size());
        List<UUID> ids = new ArrayList<>(rows.size());
        List<UUID> stale = new ArrayList<>();
        for (Row row : rows) {
            String stored = row.getString("doc");
            if (stored == null) {
                stale.add(row.getUUID("id"));
            }
            page.add(stored);
            ids.add(row.getUUID("id"));
        }
        return renderedAfresh(stale, format).map(rendered -> {
            for (int i = 0; i < page.size(); i++) {
                if (page.get(i) == null) {
                    page.set(i, rendered.get(ids.get(i)));
                }
            }
            return page;
        });
    }

    /** The events' renderings made now from their records, by id: for events whose stored one is of other rules. */
    private Uni<Map<UUID, String>> renderedAfresh(List<UUID> ids, Format format) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return pool.preparedQuery("select id, record::text as record from event where id = any($1)")
                .execute(Tuple.of(ids.toArray(UUID[]::new)))
                .chain(records -> offLoop(() -> {
                    Map<UUID, String> rendered = new HashMap<>();
                    for (Row row : records) {
                        rendered.put(row.getUUID("id"), format.render.apply(read(row.getString("record"))));
                    }
                    return rendered;
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

    /** Where the walk of one export stands: the keyset it continues after, the chunks it gave. */
    private static final class Position {
        EventQueries.Cursor after;
        int chunks;
    }

    /**
     * One FeatureCollection across chunks: opened and closed by the collection writer, the pages of
     * Features in between as the database joined them (each after a comma but the first).
     */
    private static final class GeoJsonChunks {

        private final ByteArrayOutputStream out = new ByteArrayOutputStream(256);
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
