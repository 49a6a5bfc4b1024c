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
import org.vigil.problem.ProblemException;

/**
 * Aggregates over the public record under the same filters as the list. Counts that need no
 * finer filter than country, kind and dates come from {@code event_tally}, a few thousand rows
 * kept in step with {@code event} by a trigger, instead of counting a million events.
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
                throw ProblemException.invalid("groupBy", "is required: country, city, day or kind");
            }
            try {
                return valueOf(value.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalid("groupBy", "must be country, city, day or kind");
            }
        }
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String FIRST_DAY_OR_LAST = "(case when first_day = '-infinity' then last_day else first_day end)";

    private final Pool pool;

    public StatsQueries(Pool pool) {
        this.pool = pool;
    }

    /** {@code {"groups": [{"key", "count"}]}}, days in date order, the rest largest first; cities also name their country. */
    public Uni<ObjectNode> counts(EventFilter filter, GroupBy groupBy) {
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder();
        if (filter.countable() && groupBy != GroupBy.CITY) {
            String key = switch (groupBy) {
                case COUNTRY -> "country_code";
                case KIND -> "kind";
                default -> FIRST_DAY_OR_LAST + "::text";
            };
            sql.append("select ").append(key).append(" as key, sum(events) as n from event_tally where true");
            filter.appendTo(sql, params);
            sql.append(" group by 1 having sum(events) > 0");
        } else if (groupBy == GroupBy.CITY) {
            sql.append("select min(city) as key, country_code as country, count(*) as n from event where ")
                    .append(EventQueries.PUBLIC).append(" and city is not null");
            filter.appendTo(sql, params);
            sql.append(" group by country_code, lower(city)");
        } else {
            String key = switch (groupBy) {
                case COUNTRY -> "country_code";
                case KIND -> "kind";
                default -> "sort_date::text";
            };
            sql.append("select ").append(key).append(" as key, count(*) as n from event where ").append(EventQueries.PUBLIC);
            filter.appendTo(sql, params);
            sql.append(" group by 1");
        }
        sql.append(groupBy == GroupBy.DAY ? " order by key" : " order by n desc, key");
        return pool.preparedQuery(sql.toString()).execute(Tuple.from(params)).map(rows -> {
            ObjectNode answer = NODES.objectNode();
            ArrayNode groups = answer.putArray("groups");
            for (Row row : rows) {
                ObjectNode group = groups.addObject().put("key", row.getString("key"));
                if (groupBy == GroupBy.CITY) {
                    group.put("country", row.getString("country"));
                }
                group.put("count", row.getNumeric("n").longValue());
            }
            return answer;
        });
    }

    /** {@code {"events", "rallies", "countries", "cities", "largestAttendance": {"eventId", "low"} | null}}. */
    public Uni<ObjectNode> summary(EventFilter filter) {
        return Uni.combine().all().unis(totals(filter), cities(filter), largestAttendance(filter)).with((totals, cities, largest) -> {
            Row row = totals.iterator().next();
            ObjectNode answer = NODES.objectNode()
                    .put("events", row.getNumeric("events").longValue())
                    .put("rallies", row.getNumeric("rallies").longValue())
                    .put("countries", row.getLong("countries"))
                    .put("cities", cities.iterator().next().getLong("cities"));
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

    private Uni<RowSet<Row>> totals(EventFilter filter) {
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder();
        if (filter.countable()) {
            sql.append("""
                    select coalesce(sum(events), 0) as events, coalesce(sum(events) filter (where kind = 'rally'), 0) as rallies,
                        count(distinct country_code) filter (where events > 0) as countries
                    from event_tally where true""");
        } else {
            sql.append("select count(*)::numeric as events, (count(*) filter (where kind = 'rally'))::numeric as rallies,")
                    .append(" count(distinct country_code) as countries from event where ").append(EventQueries.PUBLIC);
        }
        filter.appendTo(sql, params);
        return pool.preparedQuery(sql.toString()).execute(Tuple.from(params));
    }

    /** Cities are told apart by country: Paris, France and Paris, Texas are two. */
    private Uni<RowSet<Row>> cities(EventFilter filter) {
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("select count(*) as cities from (select 1 from event where ")
                .append(EventQueries.PUBLIC).append(" and city is not null");
        filter.appendTo(sql, params);
        sql.append(" group by country_code, lower(city)) cities");
        return pool.preparedQuery(sql.toString()).execute(Tuple.from(params));
    }

    private Uni<RowSet<Row>> largestAttendance(EventFilter filter) {
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("select id, attendance from event where ")
                .append(EventQueries.PUBLIC).append(" and attendance is not null");
        filter.appendTo(sql, params);
        sql.append(" order by attendance desc, id limit 1");
        return pool.preparedQuery(sql.toString()).execute(Tuple.from(params));
    }
}
