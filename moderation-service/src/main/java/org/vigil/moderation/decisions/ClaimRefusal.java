package org.vigil.moderation.decisions;

/**
 * Why the workflow refused an act on a claim. The REST layer turns each into a problem detail:
 * {@link OwnClaimDecision} and {@link NotTheAuthor} 403; {@link RepeatedApproval},
 * {@link NotDecidable}, {@link QuoteCheckPending}, {@link ApprovalsDisagree} and {@link ProposalDiffers}
 * 409; {@link OwnProposal} 403;
 * {@link ReasonRequired} and {@link ReasonTooLong} 400.
 *
 * <p>Messages are written for the person who tried, and never carry a subject: they may reach a
 * response body or a log. These are expected outcomes, so they carry no stack trace.
 */
public abstract sealed class ClaimRefusal extends RuntimeException
        permits OwnClaimDecision,
                NotTheAuthor,
                RepeatedApproval,
                NotDecidable,
                ReasonRequired,
                ReasonTooLong,
                QuoteCheckPending,
                ApprovalsDisagree,
                OwnProposal,
                ProposalDiffers {

    ClaimRefusal(String message) {
        super(message, null, false, false);
    }
}
