package org.vigil.events.query;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Aggregates over the public record under the same filters as the list. Counts that need no
 * finer filter than country, city and kind come from {@code event_total}, and those that add dates
 * from {@code event_tally}: small tables kept in step with {@code event} by a trigger, read
 * instead of counting a million events (see {@link RecordSql}).
 *
 * <p>An event with a date range counts once, on its first day (its last when the start is open).
 */
@ApplicationScoped
public class StatsQueries {

    /** What {@code stats/counts} groups by. */
    public enum GroupBy {
        COUNTRY, CITY, DAY, KIND;

        public static GroupBy parse(String value) {
            if (value == null) {
                throw InvalidQuery.of("groupBy", "is required: country, city, day or kind");
            }
            try {
                return valueOf(value.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw InvalidQuery.of("groupBy", "must be country, city, day or kind");
            }
        }
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Pool pool;

    public StatsQueries(Pool pool) {
        this.pool = pool;
    }

    /** {@code {"groups": [{"key", "count"}]}}, days in date order, the rest largest first; cities also name their country. */
    public Uni<ObjectNode> counts(EventFilter filter, GroupBy groupBy) {
        List<Object> params = new ArrayList<>();
        String sql = RecordSql.counts(filter, groupBy, params);
        return pool.preparedQuery(sql).execute(Tuple.from(params)).map(rows -> {
            ObjectNode answer = NODES.objectNode();
            ArrayNode groups = answer.putArray("groups");
            for (Row row : rows) {
                ObjectNode group = groups.addObject().put("key", row.getString("key"));
                if (groupBy == GroupBy.CITY) {
                    group.put("country", row.getString("country"));
                }
                group.put("count", row.getLong("n"));
            }
            return answer;
        });
    }

    /** {@code {"events", "rallies", "countries", "cities", "largestAttendance": {"eventId", "low"} | null}}. */
    public Uni<ObjectNode> summary(EventFilter filter) {
        List<Object> params = new ArrayList<>();
        Uni<RowSet<Row>> counts = pool.preparedQuery(RecordSql.summary(filter, params)).execute(Tuple.from(params));
        return Uni.combine().all().unis(counts, largestAttendance(filter)).with((totals, largest) -> {
            Row row = totals.iterator().next();
            ObjectNode answer = NODES.objectNode()
                    .put("events", row.getLong("events"))
                    .put("rallies", row.getLong("rallies"))
                    .put("countries", row.getLong("countries"))
                    .put("cities", row.getLong("cities"));
            if (largest.size() == 0) {
                answer.putNull("largestAttendance");
            } else {
                Row top = largest.iterator().next();
                answer.putObject("largestAttendance")
                        .put("eventId", top.getUUID("id").toString())
                        .put("low", top.getLong("attendance"));
            }
            return answer;
        });
    }

    private Uni<RowSet<Row>> largestAttendance(EventFilter filter) {
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("select id, attendance from event where ")
                .append(RecordSql.PUBLIC).append(" and attendance is not null");
        filter.appendTo(sql, params);
        sql.append(" order by attendance desc, id limit 1");
        return pool.preparedQuery(sql.toString()).execute(Tuple.from(params));
    }
}
