package org.vigil.moderation.publication;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.vigil.moderation.claims.Claim;
import org.vigil.moderation.claims.Decision;
import org.vigil.moderation.claims.Proposal;

/**
 * The audit details of an act a second moderator confirmed: which proposal, and when it was made.
 * The proposer is named by the proposal's own audit entry.
 */
public final class ProposalDetails {

    private ProposalDetails() {}

    /** Details naming {@code confirmed}; empty for an act that took one moderator. */
    public static ObjectNode of(Proposal confirmed) {
        ObjectNode details = JsonNodeFactory.instance.objectNode();
        if (confirmed != null) {
            details.put("proposalId", confirmed.id.toString()).put("proposedAt", confirmed.proposedAt.toString());
        }
        return details;
    }

    /** Details of a decision on a claim, naming {@code confirmed} when a second moderator confirmed it. */
    public static ObjectNode ofDecision(Proposal confirmed, Decision decision, Claim claim) {
        return of(confirmed)
                .put("decisionId", decision.id.toString())
                .put("reason", decision.reason)
                .put("eventId", claim.eventId.toString());
    }
}
