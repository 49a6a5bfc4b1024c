package org.vigil.moderation.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.vigil.contracts.vocabulary.ClaimStatus;
import org.vigil.moderation.claims.Claim;
import org.vigil.moderation.claims.Decision;
import org.vigil.moderation.claims.Report;
import org.vigil.moderation.rest.Page;
import org.vigil.moderation.rest.QueueItem;
import org.vigil.problem.ProblemException;

/** The moderators' work list: claims oldest first, with what they need to decide beside each. */
@ApplicationScoped
public class ModerationQueue {

    public record Filter(ClaimStatus status, Boolean sensitive, String kind, String country, String property) {}

    @WithSession
    public Uni<Page<QueueItem>> page(Filter filter, String cursor, int limit) {
        StringBuilder where = new StringBuilder("status = :status");
        Parameters params = Parameters.with("status", filter.status() == null ? ClaimStatus.PENDING : filter.status());
        if (filter.sensitive() != null) {
            where.append(" and sensitive = :sensitive");
            params.and("sensitive", filter.sensitive());
        }
        if (filter.kind() != null) {
            where.append(" and kind = :kind");
            params.and("kind", filter.kind());
        }
        if (filter.country() != null) {
            where.append(" and countryCode = :country");
            params.and("country", filter.country().toUpperCase());
        }
        if (filter.property() != null) {
            where.append(" and property = :property");
            params.and("property", org.vigil.contracts.vocabulary.ClaimProperty.fromWire(filter.property())
                    .orElseThrow(() -> ProblemException.invalid("property", "unknown property")));
        }
        if (cursor != null) {
            Cursor after = Cursor.decode(cursor);
            where.append(" and (submittedAt > :afterTime or (submittedAt = :afterTime and id > :afterId))");
            params.and("afterTime", after.submittedAt()).and("afterId", after.id());
        }
        return Claim.<Claim>find(where + " order by submittedAt, id", params)
                .range(0, limit)
                .list()
                .chain(claims -> itemsFor(claims).map(items -> new Page<>(items,
                        claims.size() == limit && !claims.isEmpty()
                                ? new Cursor(claims.get(claims.size() - 1).submittedAt, claims.get(claims.size() - 1).id).encode()
                                : null)));
    }

    @WithSession
    public Uni<QueueItem> item(UUID claimId) {
        return Claim.<Claim>findById(claimId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("claim " + claimId))
                .chain(claim -> itemsFor(List.of(claim)))
                .map(items -> items.get(0));
    }

    Uni<List<QueueItem>> itemsFor(List<Claim> claims) {
        if (claims.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        Set<UUID> reportIds = claims.stream().map(c -> c.reportId).collect(Collectors.toSet());
        Set<UUID> claimIds = claims.stream().map(c -> c.id).collect(Collectors.toSet());
        return Report.<Report>list("id in ?1", reportIds)
                .chain(reports -> Decision.<Decision>list("claimId in ?1 and decision = 'approve'", claimIds)
                        .map(approvals -> {
                            Map<UUID, Report> byId = reports.stream().collect(Collectors.toMap(r -> r.id, Function.identity()));
                            List<QueueItem> items = new ArrayList<>();
                            for (Claim claim : claims) {
                                int count = (int) approvals.stream()
                                        .filter(d -> d.claimId.equals(claim.id) && d.revision == claim.revision)
                                        .count();
                                items.add(toItem(claim, byId.get(claim.reportId), count));
                            }
                            return items;
                        }));
    }

    private static QueueItem toItem(Claim claim, Report report, int approvals) {
        return new QueueItem(claim.id, claim.reportId, claim.eventId, claim.property, claim.value, claim.status,
                claim.sensitive, approvals, report.submitterPseudonym,
                claim.citations.stream().map(c -> new QueueItem.CitationView(c.sourceId(), c.sourceUrl(), c.sourceTitle(),
                        c.exact(), c.prefix(), c.suffix(), c.quoteCheck(), c.start(), c.end(), c.publisher(), c.rating()))
                        .toList(),
                List.of());
    }

    record Cursor(Instant submittedAt, UUID id) {

        String encode() {
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString((submittedAt + "|" + id).getBytes(StandardCharsets.UTF_8));
        }

        static Cursor decode(String cursor) {
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|");
                return new Cursor(Instant.parse(parts[0]), UUID.fromString(parts[1]));
            } catch (RuntimeException e) {
                throw ProblemException.invalid("cursor", "is not a cursor this service issued");
            }
        }
    }
}
