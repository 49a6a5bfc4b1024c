package org.vigil.events.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.vigil.events.query.EventFilter;
import org.vigil.events.query.EventQueries;
import org.vigil.events.record.EventRecord;

/**
 * The public record under a filter, streamed as one HTTP chunk per page of events (500 by default):
 * each page is a keyset query (the same as the list's), rendered off the event loop by the export
 * writers and written before the next page is read. The response is back-pressured by the client
 * connection, so an export of a million events holds one page in memory and no database
 * connection between pages.
 */
@ApplicationScoped
public class EventExports {

    @Inject
    EventQueries queries;

    @Inject
    ObjectMapper json;

    @Inject
    @ConfigProperty(name = "vigil.export.page-size", defaultValue = "500")
    int pageSize;

    @Inject
    DataLicence licence;

    /** ACLED-style CSV: the header, then one chunk of rows per page. */
    public Multi<Buffer> csv(EventFilter filter) {
        Multi<Buffer> rows = pages(filter)
                .onItem()
                .transformToUniAndConcatenate(page -> offLoop(() -> {
                    StringBuilder chunk = new StringBuilder(page.size() * 400);
                    page.forEach(event -> chunk.append(AcledCsv.row(event)));
                    return Buffer.buffer(chunk.toString().getBytes(StandardCharsets.UTF_8));
                }));
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
            Multi<Buffer> features =
                    pages(filter).onItem().transformToUniAndConcatenate(page -> offLoop(() -> collection.add(page)));
            return Multi.createBy()
                    .concatenating()
                    .streams(
                            Multi.createFrom().item(collection::start),
                            features,
                            Multi.createFrom().item(collection::end));
        });
    }

    /** The filtered events in list order, a page at a time, until a page comes back empty. */
    private Multi<List<EventRecord>> pages(EventFilter filter) {
        return Multi.createBy()
                .repeating()
                .uni(
                        Position::new,
                        position -> queries.rows(filter, position.after, pageSize, "record")
                                .map(rows -> {
                                    List<String> documents = new ArrayList<>(rows.size());
                                    for (Row row : rows) {
                                        documents.add(row.getString("doc"));
                                        position.after = new EventQueries.Cursor(
                                                row.getLocalDate("sort_date"), row.getUUID("id"));
                                    }
                                    return documents;
                                }))
                .until(List::isEmpty)
                .onItem()
                .transformToUniAndConcatenate(documents ->
                        offLoop(() -> documents.stream().map(this::read).toList()));
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

        private final ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
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

        Buffer add(List<EventRecord> page) {
            return io(() -> {
                for (EventRecord event : page) {
                    collection.add(event);
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
