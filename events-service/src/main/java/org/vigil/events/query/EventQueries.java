package org.vigil.events.query;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.vigil.paging.CursorText;

/**
 * Reads the public record straight from its table. Lists are keyset-paginated on
 * (sort date, id), newest first, so a page never repeats or skips an event when others are added
 * meanwhile. The stored JSON is passed through as text: no object mapping on the hot path.
 */
@ApplicationScoped
public class EventQueries {

    /** An event as stored: its JSON, or where it went. */
    public record Found(String record, UUID mergedInto, boolean retracted) {}

    @Inject
    Pool pool;

    @Inject
    RelationQueries relations;

    /**
     * One page of list items, each the stored JSON with its relations read from both sides, as
     * on the event's own page, written as the list's JSON.
     */
    public Uni<PageJson> page(EventFilter filter, String cursor, int limit) {
        Cursor after = cursor == null ? null : Cursor.decode(cursor);
        return rows(filter, after, limit + 1, "item").chain(rows -> {
            List<UUID> ids = new ArrayList<>();
            for (Row row : rows) {
                if (ids.size() == limit) {
                    break;
                }
                ids.add(row.getUUID("id"));
            }
            return relations.inverse(ids).map(inverse -> page(rows, limit, inverse));
        });
    }

    /** The rows of {@link RecordSql#page}. */
    public Uni<RowSet<Row>> rows(EventFilter filter, Cursor after, int count, String document) {
        List<Object> params = new ArrayList<>();
        String sql = RecordSql.page(filter, after, count, document, params);
        return pool.preparedQuery(sql).execute(Tuple.from(params));
    }

    public Uni<Found> byId(UUID id) {
        return pool.preparedQuery("select record::text as record, merged_into, retracted_at from event where id = $1")
                .execute(Tuple.of(id))
                .map(rows -> {
                    if (rows.size() == 0) {
                        return null;
                    }
                    Row row = rows.iterator().next();
                    return new Found(
                            row.getString("record"), row.getUUID("merged_into"), row.getValue("retracted_at") != null);
                });
    }

    private PageJson page(RowSet<Row> rows, int limit, Map<UUID, List<RelationQueries.InverseRelation>> inverse) {
        List<String> items = new ArrayList<>(Math.min(rows.size(), limit));
        Cursor last = null;
        for (Row row : rows) {
            if (items.size() == limit) {
                break;
            }
            List<RelationQueries.InverseRelation> other = inverse.get(row.getUUID("id"));
            items.add(other == null ? row.getString("doc") : relations.withInverse(row.getString("doc"), other));
            last = Cursor.of(row);
        }
        return PageJson.of(items, rows.size() > limit ? last.encode() : null);
    }

    /** A position in list order: after the event with this sort date and id. */
    public record Cursor(LocalDate sortDate, UUID id) {

        static Cursor of(Row row) {
            return new Cursor(row.getLocalDate("sort_date"), row.getUUID("id"));
        }

        String encode() {
            return CursorText.encode(sortDate + "|" + id);
        }

        /**
         * Appends the keyset condition "after this cursor" in newest-first order, where
         * {@code idColumn} breaks ties between rows of the same {@code sort_date}.
         */
        void appendAfter(StringBuilder sql, List<Object> params, String idColumn) {
            params.add(sortDate);
            int date = params.size();
            params.add(id);
            sql.append(" and (sort_date, ")
                    .append(idColumn)
                    .append(") < ($")
                    .append(date)
                    .append(", $")
                    .append(params.size())
                    .append(")");
        }

        static Cursor decode(String cursor) {
            try {
                String[] parts = CursorText.decode(cursor).split("\\|");
                return new Cursor(LocalDate.parse(parts[0]), UUID.fromString(parts[1]));
            } catch (RuntimeException e) {
                throw InvalidQuery.of("cursor", "is not a cursor this service issued");
            }
        }
    }
}
