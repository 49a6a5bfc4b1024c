package org.vigil.events.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.vigil.contracts.vocabulary.EventKind;

/**
 * Reads the approved tallies: counts sources give for many events at once, shown beside the
 * record's own counts and never added to them (docs/counting.md, "What sources report").
 *
 * <p>A tally matches a filter by where it is counted (its country, its scope, or worldwide), its
 * city, its kind, and its period overlapping the dates, as events do. Campaign, text, box and
 * target say nothing a tally records, so under any of them no tally matches.
 */
@ApplicationScoped
public class TallyQueries {

    /** Enough for every tally of a country and month; a chart shows a handful. */
    static final int MAX_REPORTED = 50;

    @Inject
    Pool pool;

    @Inject
    ObjectMapper json;

    /**
     * {@code {"items": [tally…], "nextCursor"}}: the tallies under {@code filter} (country or scope,
     * kind, dates), newest period first.
     */
    public Uni<ObjectNode> page(EventFilter filter, String cursor, int limit) {
        EventQueries.Cursor after = cursor == null ? null : EventQueries.Cursor.decode(cursor);
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("select document::text as doc, sort_date, claim_id from tally where ");
        if (!matching(filter, sql, params)) {
            sql.append(" and false");
        }
        if (after != null) {
            after.appendAfter(sql, params, "claim_id");
        }
        params.add(limit + 1);
        sql.append(" order by sort_date desc, claim_id desc limit $").append(params.size());
        return pool.preparedQuery(sql.toString()).execute(Tuple.from(params)).map(rows -> {
            ObjectNode page = json.createObjectNode();
            ArrayNode items = page.putArray("items");
            EventQueries.Cursor last = null;
            for (Row row : rows) {
                if (items.size() == limit) {
                    break;
                }
                items.add(read(row.getString("doc")));
                last = new EventQueries.Cursor(row.getLocalDate("sort_date"), row.getUUID("claim_id"));
            }
            if (rows.size() > limit) {
                page.put("nextCursor", last.encode());
            } else {
                page.putNull("nextCursor");
            }
            return page;
        });
    }

    /**
     * {@code {"tallies": [tally… with "within"]}}: what sources report under the filter of a count,
     * at most {@value #MAX_REPORTED}, by place and period. {@code within} says whether the tally's
     * period lies wholly inside {@code from}/{@code to}, as {@code eventsWithin} does for events.
     */
    public Uni<ObjectNode> reported(EventFilter filter) {
        List<Object> params = new ArrayList<>();
        String within = RecordSql.within(filter, params);
        StringBuilder sql = new StringBuilder("select document::text as doc, ")
                .append(within)
                .append(" as within from tally where ");
        ObjectNode reported = json.createObjectNode();
        ArrayNode tallies = reported.putArray("tallies");
        if (!matching(filter, sql, params)) {
            return Uni.createFrom().item(reported);
        }
        params.add(MAX_REPORTED);
        sql.append(" order by place_key, sort_date, claim_id limit $").append(params.size());
        return pool.preparedQuery(sql.toString()).execute(Tuple.from(params)).map(rows -> {
            for (Row row : rows) {
                ObjectNode tally = (ObjectNode) read(row.getString("doc"));
                tally.put("within", row.getBoolean("within"));
                tallies.add(tally);
            }
            return reported;
        });
    }

    /** Appends the conditions of {@code filter}; false when it filters on what no tally records. */
    private static boolean matching(EventFilter filter, StringBuilder sql, List<Object> params) {
        sql.append("retracted_at is null");
        if (!filter.finer().none()) {
            return false;
        }
        if (!filter.countries().isEmpty()) {
            params.add(filter.countries().toArray(String[]::new));
            sql.append(" and place_key = any($").append(params.size()).append(")");
        }
        if (filter.scope() != null) {
            params.add(filter.scope().wire());
            sql.append(" and place_key = $").append(params.size());
        }
        if (!filter.cities().isEmpty()) {
            params.add(filter.cities().stream()
                    .map(c -> c.toLowerCase(Locale.ROOT))
                    .toArray(String[]::new));
            sql.append(" and lower(city) = any($").append(params.size()).append(")");
        }
        if (!filter.kinds().isEmpty()) {
            params.add(filter.kinds().stream().map(EventKind::wire).toArray(String[]::new));
            sql.append(" and kind = any($").append(params.size()).append(")");
        }
        if (filter.from() != null) {
            params.add(filter.from());
            sql.append(" and last_day >= $").append(params.size());
        }
        if (filter.to() != null) {
            params.add(filter.to());
            sql.append(" and first_day <= $").append(params.size());
        }
        return true;
    }

    private JsonNode read(String doc) {
        try {
            return json.readTree(doc);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored tally is unreadable", e);
        }
    }
}
