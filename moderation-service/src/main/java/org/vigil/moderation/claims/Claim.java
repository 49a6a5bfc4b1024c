package org.vigil.moderation.claims;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.vigil.contracts.vocabulary.ClaimProperty;
import org.vigil.contracts.vocabulary.ClaimStatus;
import org.vigil.contracts.vocabulary.QuoteCheck;
import org.vigil.moderation.decisions.ClaimLifecycle;
import org.vigil.moderation.decisions.Sensitivity;
import org.vigil.moderation.decisions.SensitivityReason;
import org.vigil.problem.ProblemException;

/** One atomic assertion about an event, in its current revision, as it moves through moderation. */
@Entity
@Table(name = "claim")
public class Claim extends PanacheEntityBase {

    /**
     * The public record's order among approved claims (events-service {@code ApprovedClaim}):
     * later {@code approvedAt} first, on a tie the greater id in its text form.
     */
    public static final Comparator<Claim> NEWEST_FIRST = Comparator.comparing((Claim claim) -> claim.approvedAt)
            .thenComparing(claim -> claim.id.toString())
            .reversed();

    @Id
    public UUID id;

    public UUID reportId;

    /** Its place among the report's claims, as the author listed them. */
    @Column(name = "position")
    public int positionInReport;

    public UUID eventId;

    @Enumerated(EnumType.STRING)
    public ClaimProperty property;

    @JdbcTypeCode(SqlTypes.JSON)
    public JsonNode value;

    @Convert(converter = CitationsColumn.class)
    public List<Citation> citations;

    @Enumerated(EnumType.STRING)
    public ClaimStatus status;

    public boolean sensitive;

    /** Why it is sensitive: {@link SensitivityReason} wire names, comma separated. */
    public String sensitivity;

    /** The event's kind and country, kept for the queue's filters. */
    public String kind;

    public String countryCode;

    /** The author's OIDC subject: compared, never shown. */
    public String submitter;

    public Instant submittedAt;

    public Instant updatedAt;

    public int revision;

    /** When it took effect: the order in which the public record lets the newest claim win. */
    public Instant approvedAt;

    /** When {@code ClaimApproved} was written; null while held back, or when approved as a duplicate. */
    public Instant publishedAt;

    /** For an existence claim approved as a duplicate: the existing event it turned out to be. */
    public UUID duplicateOf;

    /** Two moderators deciding at the same moment: one of them gets a conflict, never a lost update. */
    @Version
    public long version;

    /** The claim, or a 404 problem when there is none. */
    public static Uni<Claim> require(UUID id) {
        return Claim.<Claim>findById(id).onItem().ifNull().failWith(() -> ProblemException.notFound("claim " + id));
    }

    public static Uni<List<Claim>> ofEvent(UUID eventId) {
        return list("eventId = ?1 order by submittedAt, id", eventId);
    }

    /** Where the claim stands, with the moderators who approved its current revision. */
    public ClaimLifecycle lifecycle(List<Decision> decisions) {
        List<String> approvers = decisions.stream()
                .filter(d -> d.claimId.equals(id) && d.revision == revision && Decision.APPROVE.equals(d.decision))
                .sorted(Comparator.comparing((Decision d) -> d.decidedAt))
                .map(d -> d.moderator)
                .toList();
        return new ClaimLifecycle(status, submitter, sensitive, approvers, revision, hasUnverifiedQuote());
    }

    /** Whether the evidence store did not find one of its quotes in the source cited. */
    public boolean hasUnverifiedQuote() {
        return citations.stream().anyMatch(c -> c.quoteCheck() == QuoteCheck.NOT_FOUND);
    }

    /** Takes on the state the workflow arrived at. */
    public void follow(ClaimLifecycle lifecycle, Instant at) {
        status = lifecycle.status();
        sensitive = lifecycle.sensitive();
        revision = lifecycle.revision();
        // also when only an approval was recorded: the version check then catches a concurrent one
        updatedAt = at;
    }

    public Set<SensitivityReason> sensitivityReasons() {
        return sensitivity == null || sensitivity.isBlank()
                ? Set.of()
                : Arrays.stream(sensitivity.split(","))
                        .map(wire -> SensitivityReason.fromWire(wire).orElseThrow())
                        .collect(Collectors.toUnmodifiableSet());
    }

    /** Adds reasons to be sensitive; sensitivity only ever grows. */
    public void raise(Sensitivity more) {
        Set<SensitivityReason> all = new HashSet<>(sensitivityReasons());
        all.addAll(more.reasons());
        Sensitivity merged = new Sensitivity(all);
        sensitivity = merged.reasons().stream().map(SensitivityReason::wire).collect(Collectors.joining(","));
        sensitive = sensitive || merged.sensitive();
    }

    public boolean isPublished() {
        return publishedAt != null;
    }

    /** Whether the evidence store has yet to answer for one of its citations. */
    public boolean awaitsQuoteChecks() {
        return citations.stream().anyMatch(c -> c.quoteCheck() == QuoteCheck.PENDING);
    }
}
