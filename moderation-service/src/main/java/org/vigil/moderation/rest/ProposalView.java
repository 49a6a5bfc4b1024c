package org.vigil.moderation.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Function;
import org.vigil.moderation.claims.Proposal;
import org.vigil.moderation.decisions.ProposalOutcome;

/**
 * The answer (202) to asking for an act that takes two moderators: it is proposed and waits for a
 * second, different moderator to ask for the same act, which confirms and applies it.
 * {@code proposedBy} is the proposer's moderator pseudonym.
 *
 * <p>Held as two parts, what is proposed and where it stands, and written as one flat object.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({
    "proposalId",
    "act",
    "status",
    "subjectId",
    "into",
    "reason",
    "proposedBy",
    "proposedAt",
    "confirmationsRequired"
})
public final class ProposalView {

    /** What is proposed: the act, on what, into what (a merge), and why. */
    private record Act(UUID proposalId, String name, UUID subjectId, UUID into, String reason) {}

    /** Who proposed it and when, and whether a second moderator confirmed it yet. */
    private record Standing(String proposedBy, Instant proposedAt, boolean confirmed) {}

    private final Act act;
    private final Standing standing;

    private ProposalView(Act act, Standing standing) {
        this.act = act;
        this.standing = standing;
    }

    /**
     * The answer to asking for such an act: 202 with the proposal while it waits for a second
     * moderator, 200 with what applying it did once confirmed.
     */
    static <T> Response answer(ProposalOutcome<T> outcome, Function<T, ?> applied) {
        return outcome.waitsForConfirmation()
                ? Response.accepted(of(outcome.proposal())).build()
                : Response.ok(applied.apply(outcome.applied())).build();
    }

    static ProposalView of(Proposal proposal) {
        return new ProposalView(
                new Act(proposal.id, proposal.action, proposal.subjectId, proposal.intoEventId, proposal.reason),
                new Standing(proposal.proposerPseudonym, proposal.proposedAt, proposal.isConfirmed()));
    }

    @JsonProperty
    public UUID proposalId() {
        return act.proposalId();
    }

    @JsonProperty
    public String act() {
        return act.name();
    }

    @JsonProperty
    public String status() {
        return standing.confirmed() ? "confirmed" : "proposed";
    }

    @JsonProperty
    public UUID subjectId() {
        return act.subjectId();
    }

    @JsonProperty
    public UUID into() {
        return act.into();
    }

    @JsonProperty
    public String reason() {
        return act.reason();
    }

    @JsonProperty
    public String proposedBy() {
        return standing.proposedBy();
    }

    @JsonProperty
    public Instant proposedAt() {
        return standing.proposedAt();
    }

    @JsonProperty
    public int confirmationsRequired() {
        return standing.confirmed() ? 0 : 1;
    }
}
