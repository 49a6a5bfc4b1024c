package org.vigil.moderation.rest;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.vigil.moderation.duplicates.EventMerging;
import org.vigil.moderation.identity.Accounts;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.vigil.openapi.ContractDocument;

/** Moderators merge duplicate public events (SPEC §5). */
@Path("/api/v1/events/{id}")
@Produces(MediaType.APPLICATION_JSON)
public class EventResource {

    private final EventMerging merging;
    private final Accounts accounts;
    private final JsonWebToken token;
    private final SecurityIdentity identity;

    public EventResource(EventMerging merging, Accounts accounts, JsonWebToken token, SecurityIdentity identity) {
        this.merging = merging;
        this.accounts = accounts;
        this.token = token;
        this.identity = identity;
    }

    /**
     * Merges this event into {@code into}, with a reason: the public record points this event at the
     * survivor ({@code EventsMerged}), and its reports and claims belong to the survivor from now on.
     * 404 for an event not in the public record, 409 for one merged already.
     */
    @POST
    @Path("/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("moderator")
    @Operation(operationId = "mergeEvents")
    @SecurityRequirement(name = ContractDocument.PERSON, scopes = "openid")
    public Uni<MergeRecorded> merge(@PathParam("id") UUID id, @Valid @NotNull MergeRequest request) {
        return merging.merge(id, request.into(), request.reason(), accounts.of(token, identity)).map(MergeRecorded::of);
    }
}
