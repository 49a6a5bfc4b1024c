package org.vigil.events.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.vigil.events.query.ChangeQueries;
import org.vigil.identity.Scopes;
import org.vigil.problem.ProblemException;

/**
 * The change feed partners sync from (SPEC §5): every change to the public record in the order
 * it was committed, deletions included, so a partner that keeps {@code nextCursor} and asks again
 * never misses one. Needs a token with the {@code events:read} scope.
 */
@Path("/api/v1/changes")
@RolesAllowed("**")
public class ChangeFeedResource {

    private final ChangeQueries changes;
    private final JsonWebToken token;

    public ChangeFeedResource(ChangeQueries changes, JsonWebToken token) {
        this.changes = changes;
        this.token = token;
    }

    /**
     * {@code {"changes": [{"position", "eventId", "type", "change", "field", "claimId",
     * "decisionIds", "revision", "at", "changes": [{"field", "from", "to"}], …}], "nextCursor",
     * "more"}}. {@code type} is {@code created}, {@code updated}, {@code merged} (with
     * {@code mergedInto}) or {@code retracted}; {@code change} says precisely what happened, as in
     * an event's history. Start without {@code since}; {@code limit} ≤ 200.
     */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<ObjectNode> changes(
            @QueryParam("since") String since,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(200) int limit) {
        if (!Scopes.has(token, Scopes.EVENTS_READ)) {
            throw ProblemException.forbidden("the change feed needs a token with the " + Scopes.EVENTS_READ + " scope");
        }
        return changes.feed(since, limit);
    }
}
