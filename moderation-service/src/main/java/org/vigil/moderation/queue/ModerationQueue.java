package org.vigil.moderation.queue;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.vigil.contracts.vocabulary.ClaimProperty;
import org.vigil.contracts.vocabulary.ClaimStatus;
import org.vigil.contracts.vocabulary.EventKind;
import org.vigil.moderation.claims.Claim;
import org.vigil.moderation.claims.CurrentRatings;
import org.vigil.moderation.claims.Decision;
import org.vigil.moderation.claims.Report;
import org.vigil.moderation.decisions.ClaimLifecycle;
import org.vigil.moderation.duplicates.PossibleDuplicates;
import org.vigil.moderation.identity.Account;
import org.vigil.paging.Page;
import org.vigil.paging.PageCursor;

/**
 * The moderators' work list: claims oldest first, with what they need to decide beside each.
 * A moderator's own claims are left out of their queue: they may not decide them.
 */
@ApplicationScoped
public class ModerationQueue {

    @Inject
    PossibleDuplicates duplicates;

    /** Null fields do not filter; status defaults to pending. */
    public record Filter(
            ClaimStatus status, Boolean sensitive, EventKind kind, String country, ClaimProperty property) {}

    @WithSession
    public Uni<Page<QueueEntry>> page(Filter filter, Account moderator, String cursor, int limit) {
        StringBuilder where = new StringBuilder("status = :status and submitter <> :me");
        Map<String, Object> params = new HashMap<>();
        params.put("status", filter.status() == null ? ClaimStatus.PENDING : filter.status());
        params.put("me", moderator.subject());
        if (filter.sensitive() != null) {
            where.append(" and sensitive = :sensitive");
            params.put("sensitive", filter.sensitive());
        }
        if (filter.kind() != null) {
            where.append(" and kind = :kind");
            params.put("kind", filter.kind().wire());
        }
        if (filter.country() != null) {
            where.append(" and countryCode = :country");
            params.put("country", filter.country().toUpperCase(Locale.ROOT));
        }
        if (filter.property() != null) {
            where.append(" and property = :property");
            params.put("property", filter.property());
        }
        if (cursor != null) {
            PageCursor after = PageCursor.decode(cursor);
            where.append(" and (submittedAt > :afterTime or (submittedAt = :afterTime and id > :afterId))");
            params.put("afterTime", after.at());
            params.put("afterId", after.id());
        }
        return Claim.<Claim>find(where + " order by submittedAt, id", params)
                .range(0, limit - 1)
                .list()
                .chain(claims -> entriesFor(claims)
                        .map(
                                Page.of(claims, limit, last -> new PageCursor(last.submittedAt, last.id).encode())
                                        ::showing));
    }

    @WithSession
    public Uni<QueueEntry> entry(UUID claimId) {
        return Claim.require(claimId).chain(claim -> entriesFor(List.of(claim))).map(entries -> entries.get(0));
    }

    private Uni<List<QueueEntry>> entriesFor(List<Claim> claims) {
        if (claims.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<UUID> reportIds = claims.stream().map(c -> c.reportId).distinct().toList();
        return Report.<Report>list("id in ?1", reportIds)
                .chain(reports -> Decision.ofClaims(
                                claims.stream().map(c -> c.id).toList())
                        .chain(decisions -> CurrentRatings.of(claims.stream()
                                        .flatMap(c -> c.citations.stream())
                                        .toList())
                                .chain(ratings -> duplicatesOf(claims).map(candidates -> {
                                    Map<UUID, Report> byId =
                                            reports.stream().collect(Collectors.toMap(r -> r.id, Function.identity()));
                                    List<QueueEntry> entries = new ArrayList<>();
                                    for (int i = 0; i < claims.size(); i++) {
                                        Claim claim = claims.get(i);
                                        entries.add(entry(
                                                claim,
                                                byId.get(claim.reportId),
                                                decisions,
                                                ratings,
                                                candidates.get(i)));
                                    }
                                    return entries;
                                }))));
    }

    private Uni<List<List<UUID>>> duplicatesOf(List<Claim> claims) {
        List<Uni<List<UUID>>> each = claims.stream()
                .map(claim -> claim.property == ClaimProperty.EXISTENCE
                                && claim.duplicateOf == null
                                && claim.lifecycle(List.of()).isOpen()
                        ? duplicates.of(claim)
                        : Uni.createFrom().item(List.<UUID>of()))
                .toList();
        // one after the other: a session runs one query at a time
        Uni<List<List<UUID>>> all = Uni.createFrom().item(new ArrayList<>());
        for (Uni<List<UUID>> next : each) {
            all = all.chain(found -> next.map(ids -> {
                found.add(ids);
                return found;
            }));
        }
        return all;
    }

    private static QueueEntry entry(
            Claim claim,
            Report report,
            List<Decision> decisions,
            CurrentRatings ratings,
            List<UUID> possibleDuplicates) {
        ClaimLifecycle lifecycle = claim.lifecycle(decisions);
        List<String> approvedBy = decisions.stream()
                .filter(d -> d.claimId.equals(claim.id)
                        && d.revision == claim.revision
                        && Decision.APPROVE.equals(d.decision))
                .map(d -> d.moderatorPseudonym)
                .toList();
        return new QueueEntry(
                claim,
                report.submitterPseudonym,
                lifecycle.approvals(),
                lifecycle.approvalsRequired(),
                approvedBy,
                claim.citations.stream().map(ratings::applyTo).toList(),
                possibleDuplicates);
    }
}
