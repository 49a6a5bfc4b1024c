package org.vigil.moderation.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.vigil.identity.Scopes;
import org.vigil.moderation.decisions.ClaimDecisions;
import org.vigil.moderation.decisions.ModeratorDecision;
import org.vigil.moderation.decisions.Proposals;
import org.vigil.moderation.decisions.SensitivityMarking;
import org.vigil.moderation.decisions.Verdict;
import org.vigil.moderation.identity.Accounts;
import org.vigil.moderation.queue.ModerationQueue;
import org.vigil.moderation.reports.MyReports;
import org.vigil.moderation.reports.RevisionSubmission;
import org.vigil.openapi.ContractDocument;
import org.vigil.problem.ProblemException;

/**
 * One claim: moderators read and decide it, retract it once approved, or mark it sensitive; its
 * author revises it while it is open (docs/product.md §5). Refusals of the workflow are problem details:
 * 403 deciding one's own claim, 409 approving twice or acting on a claim in the wrong status,
 * 400 without a required reason.
 */
@Path("/api/v1/claims/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("moderator")
// like @RolesAllowed: the roles of every operation here that names none of its own (revise does)
@Extension(name = ContractDocument.ROLES, value = ContractDocument.MODERATOR, parseValue = true)
@SecurityRequirement(name = ContractDocument.PERSON, scopes = "openid")
public class ClaimResource {

    @Inject
    ModerationQueue queue;

    @Inject
    ClaimDecisions decisions;

    @Inject
    Proposals proposals;

    @Inject
    SensitivityMarking marking;

    @Inject
    RevisionSubmission revisions;

    @Inject
    MyReports reports;

    @Inject
    Accounts accounts;

    /** The claim as moderators see it in the queue. */
    @GET
    @Operation(operationId = "getClaim")
    public Uni<QueueItem> claim(@PathParam("id") UUID id) {
        return queue.entry(id).map(QueueItem::new);
    }

    /**
     * Approves, rejects or asks for changes to the claim's current revision. A sensitive claim takes
     * effect with the second approval by a different moderator; when it does, the public record is
     * told ({@code ClaimApproved}). {@code duplicateOf} on the approval of a proposed event's
     * existence claim attaches the report to that existing event instead.
     */
    @POST
    @Path("/decisions")
    @Operation(operationId = "decideClaim")
    public Uni<DecisionRecorded> decide(@PathParam("id") UUID id, @Valid @NotNull DecisionRequest decision) {
        Verdict verdict = Verdict.fromWire(decision.decision())
                .orElseThrow(() -> ProblemException.invalid("decision", "must be approve, reject or request_changes"));
        return decisions
                .decide(
                        id,
                        new ModeratorDecision(verdict, decision.reason(), decision.duplicateOf()),
                        accounts.caller())
                .map(DecisionRecorded::new);
    }

    /**
     * Withdraws an approved claim from the public record, with a reason ({@code ClaimRetracted}).
     * An existence claim is its event: its retraction is proposed (202 with the proposal) and
     * applied when a second, different moderator asks for it too (200, the decision).
     */
    @POST
    @Path("/retract")
    @Operation(operationId = "retractClaim")
    public Uni<Response> retract(@PathParam("id") UUID id, @Valid @NotNull ReasonRequest request) {
        return proposals
                .retract(id, request.reason(), accounts.caller())
                .map(outcome -> ProposalView.answer(outcome, DecisionRecorded::new));
    }

    /**
     * Undoes a retraction, with a reason: proposed by one moderator (202), applied when a second,
     * different one asks for it too (200): the claim is back in the public record.
     */
    @POST
    @Path("/unretract")
    @Operation(operationId = "unretractClaim")
    public Uni<Response> unretract(@PathParam("id") UUID id, @Valid @NotNull ReasonRequest request) {
        return proposals
                .unretract(id, request.reason(), accounts.caller())
                .map(outcome -> ProposalView.answer(outcome, DecisionRecorded::new));
    }

    /** Raises an open claim to four eyes: two different moderators must approve it. */
    @POST
    @Path("/mark-sensitive")
    @Operation(operationId = "markClaimSensitive")
    public Uni<QueueItem> markSensitive(@PathParam("id") UUID id, @Valid ReasonRequest request) {
        return marking.mark(id, request == null ? null : request.reason(), accounts.caller())
                .chain(claim -> queue.entry(claim.id))
                .map(QueueItem::new);
    }

    /**
     * The author's next revision, answering a change request or correcting a pending claim: pending
     * again, approvals cleared, earlier revisions kept. Answers the report as its author sees it.
     * Anyone else's claim is 404.
     */
    @PUT
    @RolesAllowed("**")
    @Extension(name = ContractDocument.ROLES, value = ContractDocument.CONTRIBUTOR, parseValue = true)
    // a method's requirements replace the class's: the author's own sign-in is named again
    @SecurityRequirement(name = ContractDocument.PERSON, scopes = "openid")
    @SecurityRequirement(name = ContractDocument.PARTNER, scopes = Scopes.REPORTS_WRITE)
    @Operation(operationId = "reviseClaim")
    public Uni<ReportView> revise(@PathParam("id") UUID id, @Valid @NotNull RevisionRequest revision) {
        var author = accounts.author();
        return revisions
                .revise(id, revision.value(), revision.quotes(), author)
                .chain(claim -> reports.one(claim.reportId, author))
                .map(ReportView::of);
    }
}
