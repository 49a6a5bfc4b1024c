package org.vigil.moderation.decisions;

import org.vigil.moderation.claims.Proposal;

/**
 * What asking for an act that takes two moderators did: proposed it ({@code applied} null, the
 * act waits for a second moderator), or confirmed an earlier proposal and applied it. Acts that
 * need no second moderator are applied at once, with no proposal.
 */
public record ProposalOutcome<T>(Proposal proposal, T applied) {

    public static <T> ProposalOutcome<T> proposed(Proposal proposal) {
        return new ProposalOutcome<>(proposal, null);
    }

    public static <T> ProposalOutcome<T> applied(Proposal confirmed, T applied) {
        return new ProposalOutcome<>(confirmed, applied);
    }

    public boolean waitsForConfirmation() {
        return applied == null;
    }
}
