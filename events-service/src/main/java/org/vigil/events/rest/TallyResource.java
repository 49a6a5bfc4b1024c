package org.vigil.events.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.vigil.events.query.EventFilter;
import org.vigil.events.query.TallyQueries;

/**
 * Tallies: counts sources give for many events at once ("Germany held 27 rallies in the ten days
 * between 11 and 20 January"), each from one approved claim with its citation. Public, like the
 * record. Never events: the record's lists and counts leave them out (docs/counting.md).
 */
@Path("/api/v1/tallies")
@RolesAllowed("**")
public class TallyResource {

    @Inject
    TallyQueries tallies;

    /**
     * {@code {"items": [{"id", "kind", "subject", "place", "period", "start", "end", "count",
     * "citations", "approvedAt"}], "nextCursor"}}, newest period first; filters {@code country} (or
     * {@code scope}: online, transnational), {@code kind}, {@code from} and {@code to} (the period
     * overlaps them); {@code limit} ≤ 200.
     */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listTallies")
    @APIResponseSchema(value = PublicShapes.TallyPage.class, responseDescription = "The tallies under the filters")
    public Uni<ObjectNode> list(
            @QueryParam("country") String country,
            @QueryParam("scope") String scope,
            @QueryParam("kind") String kind,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        EventFilter filter =
                EventFilter.parse(country, null, kind, from, to, null, null, null, null, null, scope, null);
        return tallies.page(filter, cursor, limit);
    }
}
