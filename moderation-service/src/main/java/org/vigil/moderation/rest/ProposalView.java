package org.vigil.moderation.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;
import org.vigil.moderation.claims.Proposal;

/**
 * The answer (202) to asking for an act that takes two moderators: it is proposed and waits for a
 * second, different moderator to ask for the same act, which confirms and applies it.
 * {@code proposedBy} is the proposer's moderator pseudonym.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProposalView(
        UUID proposalId,
        String act,
        String status,
        UUID subjectId,
        UUID into,
        String reason,
        String proposedBy,
        Instant proposedAt,
        int confirmationsRequired) {

    static ProposalView of(Proposal proposal) {
        return new ProposalView(
                proposal.id,
                proposal.action,
                proposal.isConfirmed() ? "confirmed" : "proposed",
                proposal.subjectId,
                proposal.intoEventId,
                proposal.reason,
                proposal.proposerPseudonym,
                proposal.proposedAt,
                proposal.isConfirmed() ? 0 : 1);
    }
}
