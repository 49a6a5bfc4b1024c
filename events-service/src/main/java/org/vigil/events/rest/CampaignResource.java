package org.vigil.events.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.vigil.events.query.CampaignQueries;

/**
 * The campaigns of the public record, for a filter menu or a newsroom's "which days of action
 * were there?". Public, like the record itself.
 */
@Path("/api/v1/campaigns")
@RolesAllowed("**")
public class CampaignResource {

    @Inject
    CampaignQueries campaigns;

    /**
     * {@code {"items": [{"name": "Global day of action", "events": 11}], "nextCursor"}}: each
     * campaign once whatever the case it was written in, with its public events under the list's
     * filters ({@code country}, {@code from}, …), alphabetically; {@code limit} ≤ 200. An item's
     * {@code name} is what {@code GET /api/v1/events?campaign=} takes.
     */
    @Operation(operationId = "listCampaigns")
    @APIResponseSchema(value = PublicShapes.CampaignPage.class, responseDescription = "The campaigns under the filters")
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<ObjectNode> list(
            @BeanParam FilterParams filter,
            @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        return campaigns.page(filter.filter(), cursor, limit);
    }
}
