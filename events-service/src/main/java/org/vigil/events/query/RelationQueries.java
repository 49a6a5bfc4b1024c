package org.vigil.events.query;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
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
            select c.event_id, c.value->>'type' as type, c.claim_id
            from approved_claim c join event e on e.id = c.event_id
            where c.property = 'RELATION' and c.retracted_at is null
              and lower(c.value->>'eventId') in (select $2 union all select id::text from event where merged_into = $1)
              and c.event_id <> $1
              and e.merged_into is null and e.retracted_at is null
            order by c.approved_at, c.claim_id""";

    private final Pool pool;

    public RelationQueries(Pool pool) {
        this.pool = pool;
    }

    /** The relations other public events have to {@code eventId}, inverted; one per type and event. */
    public Uni<List<InverseRelation>> inverse(UUID eventId) {
        return pool.preparedQuery(SQL).execute(Tuple.of(eventId, eventId.toString())).map(rows -> {
            Map<String, List<UUID>> claims = new LinkedHashMap<>();
            Map<String, InverseRelation> seen = new LinkedHashMap<>();
            for (Row row : rows) {
                String type = inverseOf(row.getString("type"));
                UUID other = row.getUUID("event_id");
                String key = type + "|" + other;
                claims.computeIfAbsent(key, k -> new ArrayList<>()).add(row.getUUID("claim_id"));
                seen.putIfAbsent(key, new InverseRelation(type, other, List.of()));
            }
            return seen.entrySet().stream()
                    .map(entry -> new InverseRelation(entry.getValue().type(), entry.getValue().eventId(),
                            List.copyOf(claims.get(entry.getKey()))))
                    .toList();
        });
    }

    /** {@code follows} is read from the other side as {@code followed_by}, {@code part_of} as {@code has_part}. */
    static String inverseOf(String type) {
        return switch (RelationType.fromWire(type).orElseThrow(() -> new IllegalStateException("stored relation type " + type))) {
            case FOLLOWS -> "followed_by";
            case PART_OF -> "has_part";
            case DUPLICATE_OF -> "has_duplicate";
        };
    }
}
