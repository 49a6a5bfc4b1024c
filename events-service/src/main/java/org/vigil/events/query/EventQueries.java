package org.vigil.events.query;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.vigil.problem.ProblemException;

/**
 * Reads the public record straight from its table. Lists are keyset-paginated on
 * (sort date, id), so a page never repeats or skips an event when others are added meanwhile.
 * The stored JSON is passed through as text: no object mapping on the hot path.
 */
@ApplicationScoped
public class EventQueries {

    /** An event as stored: its JSON, or where it went. */
    public record Found(String record, UUID mergedInto, boolean retracted) {}

    private final Pool pool;

    public EventQueries(Pool pool) {
        this.pool = pool;
    }

    public Uni<String> page(EventFilter filter, String cursor, int limit) {
        StringBuilder sql = new StringBuilder("select item::text as item, sort_date, id from event where merged_into is null and retracted_at is null");
        List<Object> params = new ArrayList<>();
        filter.appendTo(sql, params);
        if (cursor != null) {
            Cursor after = Cursor.decode(cursor);
            params.add(after.sortDate());
            int date = params.size();
            params.add(after.id());
            sql.append(" and (sort_date, id) < ($").append(date).append(", $").append(params.size()).append(")");
        }
        params.add(limit + 1);
        sql.append(" order by sort_date desc, id desc limit $").append(params.size());
        return pool.preparedQuery(sql.toString()).execute(Tuple.from(params)).map(rows -> pageJson(rows, limit));
    }

    public Uni<Found> byId(UUID id) {
        return pool.preparedQuery("select record::text as record, merged_into, retracted_at from event where id = $1")
                .execute(Tuple.of(id))
                .map(rows -> {
                    if (rows.size() == 0) {
                        return null;
                    }
                    Row row = rows.iterator().next();
                    return new Found(row.getString("record"), row.getUUID("merged_into"), row.getValue("retracted_at") != null);
                });
    }

    private static String pageJson(RowSet<Row> rows, int limit) {
        StringBuilder json = new StringBuilder("{\"items\":[");
        int count = 0;
        LocalDate lastDate = null;
        UUID lastId = null;
        for (Row row : rows) {
            if (count == limit) {
                break;
            }
            if (count > 0) {
                json.append(',');
            }
            json.append(row.getString("item"));
            lastDate = row.getLocalDate("sort_date");
            lastId = row.getUUID("id");
            count++;
        }
        json.append("],\"nextCursor\":");
        if (rows.size() > limit) {
            json.append('"').append(new Cursor(lastDate, lastId).encode()).append('"');
        } else {
            json.append("null");
        }
        return json.append('}').toString();
    }

    record Cursor(LocalDate sortDate, UUID id) {

        String encode() {
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString((sortDate + "|" + id).getBytes(StandardCharsets.UTF_8));
        }

        static Cursor decode(String cursor) {
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|");
                return new Cursor(LocalDate.parse(parts[0]), UUID.fromString(parts[1]));
            } catch (RuntimeException e) {
                throw ProblemException.invalid("cursor", "is not a cursor this service issued");
            }
        }
    }
}
