package org.vigil.moderation.rest;

import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.vigil.moderation.decisions.ApprovalsDisagree;
import org.vigil.moderation.decisions.ClaimRefusal;
import org.vigil.moderation.decisions.NotDecidable;
import org.vigil.moderation.decisions.NotTheAuthor;
import org.vigil.moderation.decisions.OwnClaimDecision;
import org.vigil.moderation.decisions.OwnProposal;
import org.vigil.moderation.decisions.ProposalDiffers;
import org.vigil.moderation.decisions.QuoteCheckPending;
import org.vigil.moderation.decisions.ReasonRequired;
import org.vigil.moderation.decisions.ReasonTooLong;
import org.vigil.moderation.decisions.RepeatedApproval;
import org.vigil.problem.Problem;

/**
 * The one place where the workflow's refusals become problem details: 403 for who, 409 for when,
 * 400 for the reason.
 */
public class ClaimRefusals {

    private record Answer(String type, String title, int status) {}

    private static final Map<Class<? extends ClaimRefusal>, Answer> ANSWERS = Map.of(
            OwnClaimDecision.class, new Answer("own-claim", "Own claim", 403),
            NotTheAuthor.class, new Answer("not-the-author", "Not the author", 403),
            RepeatedApproval.class, new Answer("repeated-approval", "Already approved", 409),
            QuoteCheckPending.class, new Answer("quote-check-pending", "Quote check pending", 409),
            ApprovalsDisagree.class, new Answer("approvals-disagree", "Approvals disagree", 409),
            NotDecidable.class, new Answer("not-decidable", "Not possible in this status", 409),
            OwnProposal.class, new Answer("own-proposal", "Own proposal", 403),
            ProposalDiffers.class, new Answer("proposal-differs", "Another act is proposed", 409));

    @ServerExceptionMapper
    public Response refused(ClaimRefusal refusal) {
        Problem problem = problemFor(refusal);
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static Problem problemFor(ClaimRefusal refusal) {
        String message = refusal.getMessage();
        if (refusal instanceof ReasonRequired || refusal instanceof ReasonTooLong) {
            return Problem.invalid("reason: " + message, List.of(new Problem.FieldError("reason", message)));
        }
        Answer answer = ANSWERS.get(refusal.getClass());
        if (answer == null) {
            throw new IllegalStateException("unmapped refusal " + refusal.getClass().getSimpleName());
        }
        return Problem.of(answer.type(), answer.title(), answer.status(), message);
    }
}
