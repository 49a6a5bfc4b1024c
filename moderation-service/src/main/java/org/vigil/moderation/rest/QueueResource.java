package org.vigil.moderation.rest;

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
import java.util.UUID;
import org.vigil.contracts.vocabulary.ClaimStatus;
import org.vigil.moderation.service.ModerationQueue;
import org.vigil.problem.ProblemException;

/** The moderation queue and single claims, for moderators (SPEC §5). */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("moderator")
public class QueueResource {

    private final ModerationQueue queue;

    public QueueResource(ModerationQueue queue) {
        this.queue = queue;
    }

    /** Claims oldest first, filtered by status (default pending), sensitivity, event kind, country, property. */
    @GET
    @Path("/moderation/queue")
    public Uni<Page<QueueItem>> queue(
            @QueryParam("status") String status,
            @QueryParam("sensitive") Boolean sensitive,
            @QueryParam("kind") String kind,
            @QueryParam("country") String country,
            @QueryParam("property") String property,
            @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        ClaimStatus wanted = status == null ? null : ClaimStatus.fromWire(status)
                .orElseThrow(() -> ProblemException.invalid("status", "unknown status"));
        return queue.page(new ModerationQueue.Filter(wanted, sensitive, kind, country, property), cursor, limit);
    }

    @GET
    @Path("/claims/{id}")
    public Uni<QueueItem> claim(@PathParam("id") UUID id) {
        return queue.item(id);
    }
}
