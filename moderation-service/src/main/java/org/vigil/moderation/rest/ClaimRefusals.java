package org.vigil.moderation.rest;

import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.vigil.moderation.decisions.ApprovalsDisagree;
import org.vigil.moderation.decisions.ClaimRefusal;
import org.vigil.moderation.decisions.NotDecidable;
import org.vigil.moderation.decisions.NotTheAuthor;
import org.vigil.moderation.decisions.OwnClaimDecision;
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

    @ServerExceptionMapper
    public Response refused(ClaimRefusal refusal) {
        Problem problem = problemFor(refusal);
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static Problem problemFor(ClaimRefusal refusal) {
        String message = refusal.getMessage();
        if (refusal instanceof OwnClaimDecision) {
            return Problem.of("own-claim", "Own claim", 403, message);
        }
        if (refusal instanceof NotTheAuthor) {
            return Problem.of("not-the-author", "Not the author", 403, message);
        }
        if (refusal instanceof RepeatedApproval) {
            return Problem.of("repeated-approval", "Already approved", 409, message);
        }
        if (refusal instanceof QuoteCheckPending) {
            return Problem.of("quote-check-pending", "Quote check pending", 409, message);
        }
        if (refusal instanceof ApprovalsDisagree) {
            return Problem.of("approvals-disagree", "Approvals disagree", 409, message);
        }
        if (refusal instanceof NotDecidable) {
            return Problem.of("not-decidable", "Not possible in this status", 409, message);
        }
        if (refusal instanceof ReasonRequired || refusal instanceof ReasonTooLong) {
            return reason(message);
        }
        throw new IllegalStateException("unmapped refusal " + refusal.getClass().getSimpleName());
    }

    private static Problem reason(String message) {
        return Problem.invalid("reason: " + message, List.of(new Problem.FieldError("reason", message)));
    }
}
