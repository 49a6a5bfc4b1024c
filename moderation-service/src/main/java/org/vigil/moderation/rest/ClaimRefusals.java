package org.vigil.moderation.rest;

import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.vigil.contracts.problem.FieldError;
import org.vigil.contracts.problem.ProblemType;
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

    private static final Map<Class<? extends ClaimRefusal>, ProblemType> ANSWERS = Map.of(
            OwnClaimDecision.class, ProblemType.OWN_CLAIM,
            NotTheAuthor.class, ProblemType.NOT_THE_AUTHOR,
            RepeatedApproval.class, ProblemType.REPEATED_APPROVAL,
            QuoteCheckPending.class, ProblemType.QUOTE_CHECK_PENDING,
            ApprovalsDisagree.class, ProblemType.APPROVALS_DISAGREE,
            NotDecidable.class, ProblemType.NOT_DECIDABLE,
            OwnProposal.class, ProblemType.OWN_PROPOSAL,
            ProposalDiffers.class, ProblemType.PROPOSAL_DIFFERS);

    @ServerExceptionMapper
    public Response refused(ClaimRefusal refusal) {
        Problem problem = problemFor(refusal);
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem)
                .build();
    }

    private static Problem problemFor(ClaimRefusal refusal) {
        String message = refusal.getMessage();
        if (refusal instanceof ReasonRequired || refusal instanceof ReasonTooLong) {
            return Problem.invalid("reason: " + message, List.of(new FieldError("reason", message)));
        }
        ProblemType type = ANSWERS.get(refusal.getClass());
        if (type == null) {
            throw new IllegalStateException(
                    "unmapped refusal " + refusal.getClass().getSimpleName());
        }
        return Problem.of(type, message);
    }
}
