package org.vigil.events.query;

import com.fasterxml.jackson.core.JsonProcessingException;
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
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.vigil.contracts.claims.RelationType;

/**
 * Relations read from the other side: a {@code relation} claim is approved for the event that
 * {@code follows} (or is {@code part_of}) another, and only there is it stored; the other event
 * shows it as {@code followed_by} (or {@code has_part}), computed here from the same approved
 * claims on every read, so the two sides can never disagree. A claim about an event that was since
 * merged away counts for the survivor; claims of events no longer public do not count.
 */
@ApplicationScoped
public class RelationQueries {

    /** The other side of a relation: {@code eventId} {@code type}s the event asked about. */
    public record InverseRelation(String type, UUID eventId, List<UUID> claimIds) {}

    private static final String SQL = """
            with asked as (
                select id as asked, id::text as named from unnest($1::uuid[]) as id
                union all
                select merged_into, id::text from event where merged_into = any($1::uuid[])
            )
            select a.asked, c.event_id, c.value->>'type' as type, c.claim_id
            from asked a
                join approved_claim c on c.property = 'RELATION' and c.retracted_at is null
                    and lower(c.value->>'eventId') = a.named
                join event e on e.id = c.event_id
            where c.event_id <> a.asked and e.merged_into is null and e.retracted_at is null
            order by c.approved_at, c.claim_id""";

    @Inject
    Pool pool;

    @Inject
    ObjectMapper json;

    /** A stored event document with {@code inverse} added to its own {@code relations}. */
    public String withInverse(String document, List<InverseRelation> inverse) {
        if (inverse.isEmpty()) {
            return document;
        }
        try {
            ObjectNode event = (ObjectNode) json.readTree(document);
            ArrayNode relations = event.withArray("relations");
            for (InverseRelation relation : inverse) {
                ArrayNode claimIds = relations
                        .addObject()
                        .put("type", relation.type())
                        .put("eventId", relation.eventId().toString())
                        .putArray("claimIds");
                relation.claimIds().forEach(claimId -> claimIds.add(claimId.toString()));
            }
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored record is unreadable", e);
        }
    }

    /** The relations other public events have to {@code eventId}, inverted; one per type and event. */
    public Uni<List<InverseRelation>> inverse(UUID eventId) {
        return inverse(List.of(eventId)).map(found -> found.getOrDefault(eventId, List.of()));
    }

    /** As {@link #inverse(UUID)} for each of {@code eventIds} at once; events with none are left out. */
    public Uni<Map<UUID, List<InverseRelation>>> inverse(Collection<UUID> eventIds) {
        if (eventIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return pool.preparedQuery(SQL)
                .execute(Tuple.of(eventIds.toArray(new UUID[0])))
                .map(rows -> {
                    Map<UUID, Map<String, InverseRelation>> found = new LinkedHashMap<>();
                    for (Row row : rows) {
                        String type = inverseOf(row.getString("type"));
                        UUID other = row.getUUID("event_id");
                        found.computeIfAbsent(row.getUUID("asked"), k -> new LinkedHashMap<>())
                                .merge(
                                        type + "|" + other,
                                        new InverseRelation(type, other, List.of(row.getUUID("claim_id"))),
                                        (known, more) -> new InverseRelation(
                                                type, other, concat(known.claimIds(), more.claimIds())));
                    }
                    Map<UUID, List<InverseRelation>> inverse = new LinkedHashMap<>();
                    found.forEach((asked, relations) -> inverse.put(asked, List.copyOf(relations.values())));
                    return inverse;
                });
    }

    private static List<UUID> concat(List<UUID> first, List<UUID> second) {
        List<UUID> all = new ArrayList<>(first);
        all.addAll(second);
        return List.copyOf(all);
    }

    /** {@code follows} is read from the other side as {@code followed_by}, {@code part_of} as {@code has_part}. */
    static String inverseOf(String type) {
        return switch (RelationType.fromWire(type)
                .orElseThrow(() -> new IllegalStateException("stored relation type " + type))) {
            case FOLLOWS -> "followed_by";
            case PART_OF -> "has_part";
            case DUPLICATE_OF -> "has_duplicate";
        };
    }
}
