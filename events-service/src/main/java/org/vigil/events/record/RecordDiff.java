package org.vigil.events.record;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * What changed between two versions of an event's public record, field by field, as history
 * shows it: {@code [{"field": "title", "from": "…", "to": "…"}]}. Single-valued fields are given
 * whole; actors and relations as the lists they are (without the claim ids behind each); a figure
 * as its span, whether it is disputed and how many claims it rests on, since the claims
 * themselves are on the event's page.
 */
public final class RecordDiff {

    private static final List<String> FIELDS =
            List.of("kind", "title", "date", "place", "concerns", "campaign", "summary");
    private static final List<String> FIGURES = List.of("attendance", "injured", "killed", "arrested");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private RecordDiff() {}

    /** The changes from {@code before} to {@code after}; {@code before} may be {@code null} (nothing). */
    public static ArrayNode between(JsonNode before, JsonNode after) {
        ArrayNode changes = NODES.arrayNode();
        for (String field : FIELDS) {
            add(changes, field, value(before, field), value(after, field));
        }
        add(changes, "actors", list(before, "actors", "name", "role"), list(after, "actors", "name", "role"));
        add(
                changes,
                "relations",
                list(before, "relations", "type", "eventId"),
                list(after, "relations", "type", "eventId"));
        for (String figure : FIGURES) {
            add(changes, figure, figure(before, figure), figure(after, figure));
        }
        return changes;
    }

    /** The fields of {@code changes}, e.g. {@code ["title", "attendance"]}. */
    public static ArrayNode fields(ArrayNode changes) {
        ArrayNode fields = NODES.arrayNode();
        changes.forEach(change -> fields.add(change.get("field").asText()));
        return fields;
    }

    private static void add(ArrayNode changes, String field, JsonNode from, JsonNode to) {
        if (!from.equals(to)) {
            changes.addObject()
                    .put("field", field)
                    .<ObjectNode>set("from", from)
                    .set("to", to);
        }
    }

    private static JsonNode value(JsonNode record, String field) {
        if (record == null) {
            return NullNode.instance;
        }
        JsonNode value = record.get(field);
        return value == null ? NullNode.instance : value;
    }

    private static JsonNode list(JsonNode record, String field, String... keep) {
        JsonNode items = value(record, field);
        ArrayNode kept = NODES.arrayNode();
        items.forEach(item -> {
            ObjectNode entry = kept.addObject();
            for (String name : keep) {
                entry.set(name, item.path(name).isMissingNode() ? NullNode.instance : item.get(name));
            }
        });
        return kept;
    }

    private static JsonNode figure(JsonNode record, String name) {
        JsonNode figure = value(record, "figures").get(name);
        if (figure == null || figure.isNull()) {
            return NullNode.instance;
        }
        ObjectNode span = NODES.objectNode();
        span.set("low", figure.path("low").isMissingNode() ? NullNode.instance : figure.get("low"));
        span.set("high", figure.path("high").isMissingNode() ? NullNode.instance : figure.get("high"));
        span.put("disputed", figure.path("disputed").asBoolean());
        span.put("claims", figure.path("claims").size());
        return span;
    }
}
