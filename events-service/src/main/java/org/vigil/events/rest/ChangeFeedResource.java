package org.vigil.events.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.vigil.events.query.ChangeQueries;
import org.vigil.identity.Scopes;
import org.vigil.openapi.ContractDocument;
import org.vigil.paging.Page;
import org.vigil.paging.PageRequest;
import org.vigil.problem.ProblemException;

/**
 * The change feed partners sync from (docs/product.md §5): every change to the public record in the order
 * it was committed, deletions included, so a partner that keeps {@code nextCursor} and asks again
 * never misses one. Needs a token with the {@code events:read} scope.
 */
@Path("/api/v1/changes")
@RolesAllowed("**")
public class ChangeFeedResource {

    @Inject
    ChangeQueries changes;

    @Inject
    JsonWebToken token;

    /**
     * {@code {"items": [{"position", "cursor", "eventId", "type", "change", "field", "claimId",
     * "decisionIds", "revision", "at", "diff": [{"field", "from", "to"}], …}], "nextCursor"}}.
     * {@code type} is {@code created}, {@code updated}, {@code merged} (with {@code mergedInto}) or
     * {@code retracted}; {@code change} says precisely what happened, as in an event's history.
     * Start without {@code cursor}; at the end ({@code nextCursor} null) keep the last entry's
     * {@code cursor} and ask with it later. {@code limit} ≤ 200.
     */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listChanges")
    @APIResponseSchema(value = PublicShapes.ChangePage.class, responseDescription = "A page of the change feed")
    @SecurityRequirement(name = ContractDocument.PARTNER, scopes = Scopes.EVENTS_READ)
    public Uni<Page<ObjectNode>> changes(@BeanParam PageRequest page) {
        if (!Scopes.has(token, Scopes.EVENTS_READ)) {
            throw ProblemException.forbidden("the change feed needs a token with the " + Scopes.EVENTS_READ + " scope");
        }
        return changes.feed(page.cursor(), "cursor", page.limit(100));
    }
}
