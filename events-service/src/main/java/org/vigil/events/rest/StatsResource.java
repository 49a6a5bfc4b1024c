package org.vigil.events.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.vigil.events.query.StatsQueries;

/** Aggregates of the public record under the list's filters (docs/product.md §5), for charts and newsrooms. */
@Path("/api/v1/stats")
@RolesAllowed("**")
@Produces(MediaType.APPLICATION_JSON)
public class StatsResource {

    @Inject
    StatsQueries stats;

    /**
     * {@code {"events", "rallies", "countries", "cities", "largestAttendance": {"eventId", "low"},
     * "eventsWithin", "eventsOnlyOverlapping", "ralliesWithin", "ralliesOnlyOverlapping"}}: how many
     * public events match (their days overlap {@code from}/{@code to}), how many of them are rallies
     * (kind {@code rally} only), in how many countries and cities, the one with the largest
     * attendance (the low end of its figure) or {@code null}, and how many of the events and rallies
     * lie wholly within the window or only overlap it (docs/counting.md).
     */
    @GET
    @Path("/summary")
    @Operation(operationId = "getStatsSummary")
    @APIResponseSchema(value = PublicShapes.StatsSummary.class, responseDescription = "Counts under the filters")
    public Uni<ObjectNode> summary(@BeanParam FilterParams filter) {
        return stats.summary(filter.filter());
    }

    /**
     * {@code {"groups": [{"key", "count"}]}} grouped by {@code country} (ISO code), {@code city}
     * (each group also names its {@code country}), {@code day} or {@code kind}: "rallies in Germany
     * between 11 and 20 January" is
     * {@code ?groupBy=country&kind=rally&country=DE&from=2026-01-11&to=2026-01-20}. By day, only
     * events known to the day count, each on its day, so every key lies inside the window; the
     * others are in {@code "notByDay": {"events", "byPrecision": {"month", "year", "range", "open"}}}
     * (docs/counting.md).
     */
    @GET
    @Path("/counts")
    @Operation(operationId = "getStatsCounts")
    @APIResponseSchema(value = PublicShapes.StatsCounts.class, responseDescription = "Counts per group")
    public Uni<ObjectNode> counts(@BeanParam FilterParams filter, @QueryParam("groupBy") String groupBy) {
        StatsQueries.GroupBy by = StatsQueries.GroupBy.parse(groupBy);
        return stats.counts(filter.filter(), by);
    }
}
