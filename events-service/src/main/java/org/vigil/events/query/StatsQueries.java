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
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Aggregates over the public record under the same filters as the list. Counts that need no
 * finer filter than country, city and kind come from {@code event_total}, and those that add dates
 * from {@code event_tally}: small tables kept in step with {@code event} by a trigger, read
 * instead of counting a million events (see {@link RecordSql}).
 *
 * <p>By day, an event counts on its day only when its date is one day; an event known only to
 * the month or year, a range of days or an open range is counted apart, in {@code notByDay}, never
 * in a day it may not have happened on. See docs/counting.md.
 *
 * <p>Every answer carries {@code "reported": {"tallies": […]}} beside the record's counts: what
 * sources report for many events at once under the same filter ("the record holds 3; sources
 * report 27"), never added to the counts. Incidents with no place on a map are counted under
 * their scope ({@code online}, {@code transnational}) by country, never as a country.
 */
@ApplicationScoped
public class StatsQueries {

    /** What {@code stats/counts} groups by. */
    public enum GroupBy {
        COUNTRY,
        CITY,
        DAY,
        KIND;

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

    @Inject
    Pool pool;

    @Inject
    TallyQueries tallies;

    /**
     * {@code {"groups": [{"key", "count"}]}}, days in date order, the rest largest first; cities also
     * name their country. By day the answer adds {@code "notByDay": {"events", "byPrecision":
     * {"month", "year", "range", "open"}}}: the matching events that are in no day's group.
     */
    public Uni<ObjectNode> counts(EventFilter filter, GroupBy groupBy) {
        List<Object> params = new ArrayList<>();
        String sql = RecordSql.counts(filter, groupBy, params);
        Uni<ObjectNode> groups = pool.preparedQuery(sql)
                .execute(Tuple.from(params))
                .map(rows -> {
                    ObjectNode answer = NODES.objectNode();
                    ArrayNode list = answer.putArray("groups");
                    for (Row row : rows) {
                        ObjectNode group = list.addObject().put("key", row.getString("key"));
                        if (groupBy == GroupBy.CITY) {
                            group.put("country", row.getString("country"));
                        }
                        group.put("count", row.getLong("n"));
                    }
                    return answer;
                });
        Uni<ObjectNode> counted = groupBy != GroupBy.DAY
                ? groups
                : Uni.combine().all().unis(groups, notByDay(filter)).with((answer, notByDay) -> {
                    answer.set("notByDay", notByDay);
                    return answer;
                });
        return withReported(counted, filter);
    }

    /** The answer with what sources report beside it: tallies, never added to the record's counts. */
    private Uni<ObjectNode> withReported(Uni<ObjectNode> answer, EventFilter filter) {
        return Uni.combine().all().unis(answer, tallies.reported(filter)).with((counts, reported) -> {
            counts.set("reported", reported);
            return counts;
        });
    }

    private Uni<ObjectNode> notByDay(EventFilter filter) {
        List<Object> params = new ArrayList<>();
        return pool.preparedQuery(RecordSql.notByDay(filter, params))
                .execute(Tuple.from(params))
                .map(rows -> {
                    ObjectNode notByDay = NODES.objectNode();
                    ObjectNode byPrecision = NODES.objectNode();
                    long events = 0;
                    for (Row row : rows) {
                        byPrecision.put(row.getString("precision"), row.getLong("n"));
                        events += row.getLong("n");
                    }
                    notByDay.put("events", events);
                    notByDay.set("byPrecision", byPrecision);
                    return notByDay;
                });
    }

    /**
     * {@code {"events", "rallies", "countries", "cities", "largestAttendance": {"eventId", "low"} | null,
     * "eventsWithin", "eventsOnlyOverlapping", "ralliesWithin", "ralliesOnlyOverlapping"}}: events and
     * rallies count every match, the four added ones split them into those whose days all lie inside
     * {@code from}/{@code to} and those that only overlap them.
     */
    public Uni<ObjectNode> summary(EventFilter filter) {
        List<Object> params = new ArrayList<>();
        Uni<RowSet<Row>> counts =
                pool.preparedQuery(RecordSql.summary(filter, params)).execute(Tuple.from(params));
        return withReported(
                Uni.combine().all().unis(counts, largestAttendance(filter)).with((totals, largest) -> {
                    Row row = totals.iterator().next();
                    ObjectNode answer = NODES.objectNode()
                            .put("events", row.getLong("events"))
                            .put("rallies", row.getLong("rallies"))
                            .put("countries", row.getLong("countries"))
                            .put("cities", row.getLong("cities"))
                            .put("eventsWithin", row.getLong("events_within"))
                            .put("eventsOnlyOverlapping", row.getLong("events") - row.getLong("events_within"))
                            .put("ralliesWithin", row.getLong("rallies_within"))
                            .put("ralliesOnlyOverlapping", row.getLong("rallies") - row.getLong("rallies_within"));
                    if (largest.size() == 0) {
                        answer.putNull("largestAttendance");
                    } else {
                        Row top = largest.iterator().next();
                        answer.putObject("largestAttendance")
                                .put("eventId", top.getUUID("id").toString())
                                .put("low", top.getLong("attendance"));
                    }
                    return answer;
                }),
                filter);
    }

    private Uni<RowSet<Row>> largestAttendance(EventFilter filter) {
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("select id, attendance from event where ")
                .append(RecordSql.PUBLIC)
                .append(" and attendance is not null");
        filter.appendTo(sql, params);
        sql.append(" order by attendance desc, id limit 1");
        return pool.preparedQuery(sql.toString()).execute(Tuple.from(params));
    }
}
