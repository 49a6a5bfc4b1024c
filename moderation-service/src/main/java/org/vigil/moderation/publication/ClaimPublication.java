package org.vigil.moderation.publication;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.vigil.contracts.events.ClaimApproved;
import org.vigil.contracts.vocabulary.ClaimProperty;
import org.vigil.contracts.vocabulary.ClaimStatus;
import org.vigil.contracts.vocabulary.QuoteCheck;
import org.vigil.messaging.Outbox;
import org.vigil.moderation.audit.AuditAct;
import org.vigil.moderation.audit.AuditAction;
import org.vigil.moderation.audit.AuditActor;
import org.vigil.moderation.audit.AuditLog;
import org.vigil.moderation.claims.Citation;
import org.vigil.moderation.claims.Claim;
import org.vigil.moderation.claims.CurrentRatings;
import org.vigil.moderation.claims.Decision;
import org.vigil.moderation.duplicates.KnownEvents;

/**
 * Puts approved claims into the public record, inside the transaction that approved them: writes
 * {@code ClaimApproved} to the outbox, and keeps the statuses of single-valued properties in step
 * with the record's "newest approved claim wins" (superseded, or standing again after a
 * retraction).
 *
 * <p>A claim about a proposed event is held back until the event's existence claim takes effect:
 * the record gains nothing from it before, and if the proposal turns out to duplicate an existing
 * event, the claim goes to that event instead. Nothing public changes before approval, either
 * way: {@code ClaimApproved} is the only message that changes the record.
 */
@ApplicationScoped
public class ClaimPublication {

    static final AuditActor SERVICE = AuditActor.system("moderation-service");

    private final Outbox outbox;
    private final AuditLog audit;
    private final KnownEvents events;

    public ClaimPublication(Outbox outbox, AuditLog audit, KnownEvents events) {
        this.outbox = outbox;
        this.audit = audit;
        this.events = events;
    }

    /** A claim just took effect at {@code at}: publish it now, or hold it until its event is public. */
    public Uni<Void> tookEffect(Claim claim, Instant at) {
        claim.approvedAt = at;
        return onRecord(claim, at);
    }

    /**
     * A retracted claim stands again: published anew with its original approval time, so "newest
     * wins" orders it where it was. The public record takes a {@code ClaimApproved} for a claim it
     * holds as retracted as its restoration.
     */
    public Uni<Void> restore(Claim claim, Instant at) {
        claim.publishedAt = null;
        return onRecord(claim, at);
    }

    private Uni<Void> onRecord(Claim claim, Instant at) {
        if (claim.duplicateOf != null) {
            return Uni.createFrom().voidItem();
        }
        if (claim.property == ClaimProperty.EXISTENCE) {
            return publish(claim, at).chain(() -> publishHeld(claim.eventId, at));
        }
        if (claim.property == ClaimProperty.TALLY) {
            return publish(claim, at); // about no event: nothing to wait for
        }
        return events.isPublished(claim.eventId)
                .chain(published ->
                        published ? publish(claim, at) : Uni.createFrom().voidItem());
    }

    /** Publishes the approved claims of an event that were held back, oldest approval first. */
    public Uni<Void> publishHeld(UUID eventId, Instant at) {
        return Panache.flush()
                .chain(() -> Claim.<Claim>list(
                        "eventId = ?1 and status = ?2 and publishedAt is null and duplicateOf is null"
                                + " order by approvedAt, id",
                        eventId,
                        ClaimStatus.APPROVED))
                .chain(held -> {
                    Uni<Void> chain = Uni.createFrom().voidItem();
                    for (Claim claim : held) {
                        chain = chain.chain(() -> publish(claim, at));
                    }
                    return chain;
                });
    }

    private Uni<Void> publish(Claim claim, Instant at) {
        return Decision.<Decision>list(
                        "claimId = ?1 and revision = ?2 and decision = ?3 order by decidedAt, id",
                        claim.id,
                        claim.revision,
                        Decision.APPROVE)
                .chain(approvals -> CurrentRatings.of(claim.citations)
                        .chain(ratings -> outbox.publish(new ClaimApproved(
                                claim.id,
                                claim.eventId,
                                claim.property,
                                claim.value,
                                claim.citations.stream()
                                        .map(ratings::applyTo)
                                        .map(ClaimPublication::publicCitation)
                                        .toList(),
                                approvals.stream().map(d -> d.id).toList(),
                                claim.approvedAt))))
                .invoke(() -> claim.publishedAt = at)
                .chain(() -> settle(claim.eventId, claim.property, at));
    }

    /**
     * Brings a single-valued property's statuses in line with the record: the newest published
     * claim stands (approved), every other one is superseded.
     */
    public Uni<Void> settle(UUID eventId, ClaimProperty property, Instant at) {
        if (Cardinality.of(property) != Cardinality.SINGLE) {
            return Uni.createFrom().voidItem();
        }
        return Panache.flush()
                .chain(() -> Claim.<Claim>list(
                        "eventId = ?1 and property = ?2 and status in ?3 and publishedAt is not null",
                        eventId,
                        property,
                        List.of(ClaimStatus.APPROVED, ClaimStatus.SUPERSEDED)))
                .chain(claims -> {
                    if (claims.isEmpty()) {
                        return Uni.createFrom().voidItem();
                    }
                    Claim newest = claims.stream()
                            .sorted(Claim.NEWEST_FIRST)
                            .findFirst()
                            .orElseThrow();
                    List<AuditAct> acts = new ArrayList<>();
                    for (Claim claim : claims) {
                        if (claim == newest && claim.status == ClaimStatus.SUPERSEDED) {
                            claim.follow(claim.lifecycle(List.of()).reinstate(), at);
                            acts.add(act(at, AuditAction.REINSTATED, claim, null));
                        } else if (claim != newest && claim.status == ClaimStatus.APPROVED) {
                            claim.follow(claim.lifecycle(List.of()).supersede(), at);
                            acts.add(act(at, AuditAction.SUPERSEDED, claim, newest.id));
                        }
                    }
                    return audit.appendAll(acts);
                });
    }

    private static AuditAct act(Instant at, AuditAction action, Claim claim, UUID by) {
        ObjectNode details = JsonNodeFactory.instance
                .objectNode()
                .put("eventId", claim.eventId.toString())
                .put("property", claim.property.wire());
        if (by != null) {
            details.put("by", by.toString());
        }
        return AuditAct.onClaim(at, SERVICE, action, claim.id, details);
    }

    private static ClaimApproved.Citation publicCitation(Citation citation) {
        ClaimApproved.Citation shown = ClaimApproved.Citation.quoting(
                        citation.sourceId(),
                        citation.sourceUrl(),
                        citation.sourceTitle(),
                        citation.exact(),
                        citation.start(),
                        citation.end())
                .publishedBy(citation.publisherId(), citation.publisher(), citation.rating());
        return citation.quoteCheck() == QuoteCheck.NOT_FOUND ? shown.notFoundInSource() : shown;
    }
}
