package org.vigil.events.query;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.vigil.paging.CursorText;

/**
 * The campaigns of the public record (the global day of action of 14 February, …) with how many
 * public events each has, under the list's filters. Spellings that differ only in case are one
 * campaign, named by its most common spelling; campaigns come in alphabetical order of that key,
 * so a cursor is the last key seen.
 */
@ApplicationScoped
public class CampaignQueries {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String PREFIX = "campaign:";

    @Inject
    Pool pool;

    /** {@code {"items": [{"name", "events"}], "nextCursor"}}. */
    public Uni<ObjectNode> page(EventFilter filter, String cursor, int limit) {
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("select mode() within group (order by campaign) as name,"
                        + " lower(campaign) as key, count(*) as n from event where ")
                .append(RecordSql.PUBLIC)
                .append(" and campaign is not null");
        filter.appendTo(sql, params);
        if (cursor != null) {
            params.add(decode(cursor));
            sql.append(" and lower(campaign) > $").append(params.size());
        }
        params.add(limit + 1);
        sql.append(" group by lower(campaign) order by lower(campaign) limit $").append(params.size());
        return pool.preparedQuery(sql.toString()).execute(Tuple.from(params)).map(rows -> {
            ObjectNode page = NODES.objectNode();
            ArrayNode items = page.putArray("items");
            String last = null;
            for (Row row : rows) {
                if (items.size() == limit) {
                    break;
                }
                items.addObject().put("name", row.getString("name")).put("events", row.getLong("n"));
                last = row.getString("key");
            }
            if (rows.size() > limit) {
                page.put("nextCursor", encode(last));
            } else {
                page.putNull("nextCursor");
            }
            return page;
        });
    }

    private static String encode(String key) {
        return CursorText.encode(PREFIX + key);
    }

    private static String decode(String cursor) {
        try {
            String text = CursorText.decode(cursor);
            if (!text.startsWith(PREFIX)) {
                throw new IllegalArgumentException();
            }
            return text.substring(PREFIX.length());
        } catch (RuntimeException e) {
            throw InvalidQuery.of("cursor", "is not a cursor this service issued");
        }
    }
}
