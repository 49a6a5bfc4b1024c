package org.vigil.moderation.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.vigil.moderation.decisions.Proposals;
import org.vigil.moderation.identity.Accounts;
import org.vigil.openapi.ContractDocument;

/** Moderators merge duplicate public events, two of them for each merge (docs/product.md §5, §6). */
@Path("/api/v1/events/{id}")
@Produces(MediaType.APPLICATION_JSON)
public class EventResource {

    @Inject
    Proposals proposals;

    @Inject
    Accounts accounts;

    /**
     * Merges this event into {@code into}, with a reason: the public record points this event at the
     * survivor ({@code EventsMerged}), and its reports and claims belong to the survivor from now on.
     * Takes two moderators: the first request proposes the merge (202 with the proposal), the same
     * request by a second, different moderator applies it (200). 404 for an event not in the public
     * record, 409 for one merged already or proposed for a merge into another event, 403 for the
     * proposer confirming their own proposal.
     */
    @POST
    @Path("/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("moderator")
    @Extension(name = ContractDocument.ROLES, value = ContractDocument.MODERATOR, parseValue = true)
    @Operation(operationId = "mergeEvents")
    @SecurityRequirement(name = ContractDocument.PERSON, scopes = "openid")
    public Uni<Response> merge(@PathParam("id") UUID id, @Valid @NotNull MergeRequest request) {
        return proposals
                .merge(id, request.into(), request.reason(), accounts.caller())
                .map(outcome -> ProposalView.answer(outcome, MergeRecorded::of));
    }
}
