package org.vigil.events.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.vigil.events.query.EventFilter;
import org.vigil.events.query.EventQueries;
import org.vigil.problem.ProblemException;

/**
 * The approved public record (SPEC §5). Anyone may read it; through the gateway an anonymous
 * reader is represented by the gateway's own token, so a request that bypasses it still needs one.
 */
@Path("/api/v1/events")
@RolesAllowed("**")
public class EventResource {

    private final EventQueries queries;

    public EventResource(EventQueries queries) {
        this.queries = queries;
    }

    /** Events newest first, filtered; cursor-paginated, {@code limit} ≤ 200. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<String> list(
            @QueryParam("country") String country,
            @QueryParam("city") String city,
            @QueryParam("kind") String kind,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("campaign") String campaign,
            @QueryParam("q") String q,
            @QueryParam("bbox") String bbox,
            @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        return queries.page(EventFilter.parse(country, city, kind, from, to, campaign, q, bbox), cursor, limit);
    }

    /** One event with its figures and each figure's claims and citations; a merged event points at its survivor. */
    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<Response> event(@PathParam("id") UUID id) {
        return queries.byId(id).map(found -> {
            if (found == null || found.retracted()) {
                throw ProblemException.notFound("event " + id);
            }
            if (found.mergedInto() != null) {
                return Response.status(Response.Status.MOVED_PERMANENTLY)
                        .location(URI.create("/api/v1/events/" + found.mergedInto()))
                        .type(MediaType.APPLICATION_JSON)
                        .entity("{\"id\":\"" + id + "\",\"mergedInto\":\"" + found.mergedInto() + "\"}")
                        .build();
            }
            return Response.ok(found.record(), MediaType.APPLICATION_JSON).build();
        });
    }
}
