package org.vigil.events.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.UUID;
import org.vigil.paging.CursorText;
import org.vigil.paging.Page;

/**
 * Reads {@code event_change}: one event's history, and the change feed of the whole record.
 * Both list the same entries; the feed adds each entry's {@code type} for partners that sync
 * ({@code created}, {@code updated}, {@code merged}, {@code retracted}). Entries carry claim and
 * decision ids, never who submitted or decided anything.
 */
@ApplicationScoped
public class ChangeQueries {

    private static final String COLUMNS =
            "position, event_id, change, field, claim_id, decision_ids, revision, detail::text as detail, occurred_at";

    @Inject
    Pool pool;

    @Inject
    ObjectMapper json;

    /** One page of the event's history, oldest first. */
    public Uni<Page<ObjectNode>> history(UUID eventId, String cursor, int limit) {
        long after = cursor == null ? 0 : Position.decode(cursor, "cursor");
        return pool.preparedQuery("select " + COLUMNS
                        + " from event_change where event_id = $1 and position > $2 order by position limit $3")
                .execute(Tuple.of(eventId, after, limit + 1))
                .map(rows -> page(rows, limit, false));
    }

    /**
     * One page of the feed, in the order the changes were committed. Each entry carries its own
     * {@code cursor}: a partner at the end of the feed ({@code nextCursor} null) keeps the last
     * one it read and asks again later for what came since.
     */
    public Uni<Page<ObjectNode>> feed(String cursor, String parameter, int limit) {
        long after = cursor == null ? 0 : Position.decode(cursor, parameter);
        return pool.preparedQuery(
                        "select " + COLUMNS + " from event_change where position > $1 order by position limit $2")
                .execute(Tuple.of(after, limit + 1))
                .map(rows -> page(rows, limit, true));
    }

    private Page<ObjectNode> page(RowSet<Row> rows, int limit, boolean withCursors) {
        List<ObjectNode> items = new ArrayList<>();
        long last = 0;
        for (Row row : rows) {
            if (items.size() == limit) {
                break;
            }
            ObjectNode entry = entry(row);
            last = row.getLong("position");
            if (withCursors) {
                entry.put("cursor", Position.encode(last));
            }
            items.add(entry);
        }
        return new Page<>(items, rows.size() > limit ? Position.encode(last) : null);
    }

    private ObjectNode entry(Row row) {
        String change = row.getString("change");
        ObjectNode entry = json.createObjectNode()
                .put("position", row.getLong("position"))
                .put("eventId", row.getUUID("event_id").toString())
                .put("type", feedType(change))
                .put("change", change)
                .put("field", row.getString("field"))
                .put(
                        "claimId",
                        row.getUUID("claim_id") == null
                                ? null
                                : row.getUUID("claim_id").toString())
                .put("revision", row.getLong("revision"))
                .put("at", row.getOffsetDateTime("occurred_at").toInstant().toString());
        entry.set("decisionIds", read(row.getString("decision_ids"), json.createArrayNode()));
        JsonNode detail = read(row.getString("detail"), json.createObjectNode());
        // the stored per-field diff is named "changes"; the wire calls it "diff", so that a page of
        // changes does not hold "changes" again inside each of them
        detail.fields()
                .forEachRemaining(field ->
                        entry.set("changes".equals(field.getKey()) ? "diff" : field.getKey(), field.getValue()));
        return entry;
    }

    /** What a syncing partner does with a change: fetch a new event, fetch it again, or drop it. */
    static String feedType(String change) {
        return switch (change) {
            case "created", "merged", "retracted" -> change;
            default -> "updated";
        };
    }

    private JsonNode read(String text, JsonNode empty) {
        if (text == null) {
            return empty;
        }
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored change is unreadable", e);
        }
    }

    /** An opaque cursor over change positions. */
    static final class Position {

        private static final String PREFIX = "change:";

        private Position() {}

        static String encode(long position) {
            return CursorText.encode(PREFIX + position);
        }

        static long decode(String cursor, String parameter) {
            try {
                String text = CursorText.decode(cursor);
                if (!text.startsWith(PREFIX)) {
                    throw new IllegalArgumentException();
                }
                long position = Long.parseLong(text.substring(PREFIX.length()));
                if (position < 0) {
                    throw new IllegalArgumentException();
                }
                return position;
            } catch (RuntimeException e) {
                throw InvalidQuery.of(parameter, "is not a cursor this service issued");
            }
        }
    }
}
