package org.vigil.moderation.rest;

import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.vigil.contracts.problem.FieldError;
import org.vigil.contracts.problem.ProblemType;
import org.vigil.moderation.workflow.ClaimRefusal;
import org.vigil.moderation.workflow.NotDecidable;
import org.vigil.moderation.workflow.NotTheAuthor;
import org.vigil.moderation.workflow.OwnClaimDecision;
import org.vigil.moderation.workflow.ReasonRequired;
import org.vigil.moderation.workflow.ReasonTooLong;
import org.vigil.moderation.workflow.RepeatedApproval;
import org.vigil.problem.Problem;

/** Answers the workflow's refusals as problem details: 403 for who, 409 for when, 400 for the reason. */
public class ClaimRefusals {

    @ServerExceptionMapper
    public Response refused(ClaimRefusal refusal) {
        Problem problem = problemFor(refusal);
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static Problem problemFor(ClaimRefusal refusal) {
        String message = refusal.getMessage();
        if (refusal instanceof OwnClaimDecision) {
            return Problem.of(ProblemType.OWN_CLAIM, message);
        }
        if (refusal instanceof NotTheAuthor) {
            return Problem.of(ProblemType.NOT_THE_AUTHOR, message);
        }
        if (refusal instanceof RepeatedApproval) {
            return Problem.of(ProblemType.REPEATED_APPROVAL, message);
        }
        if (refusal instanceof NotDecidable) {
            return Problem.of(ProblemType.NOT_DECIDABLE, message);
        }
        if (refusal instanceof ReasonRequired || refusal instanceof ReasonTooLong) {
            return reason(message);
        }
        throw new IllegalStateException("unmapped refusal " + refusal.getClass().getSimpleName());
    }

    private static Problem reason(String message) {
        return Problem.invalid("reason: " + message, List.of(new FieldError("reason", message)));
    }
}
