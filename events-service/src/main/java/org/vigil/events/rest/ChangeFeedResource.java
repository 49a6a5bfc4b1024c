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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.vigil.contracts.problem.ProblemType;
import org.vigil.events.query.ChangeQueries;
import org.vigil.events.query.FeedWaits;
import org.vigil.identity.Scopes;
import org.vigil.openapi.ContractDocument;
import org.vigil.paging.Page;
import org.vigil.paging.PageRequest;
import org.vigil.problem.Problem;
import org.vigil.problem.ProblemException;

/**
 * The change feed partners sync from (docs/product.md §5): every change to the public record in the order
 * it was committed, deletions included, so a partner that keeps {@code nextCursor} and asks again
 * never misses one. Needs a token with the {@code events:read} scope. A partner at the end of the feed
 * may ask it to {@code wait}: the answer then comes when the next change commits (or the wait ends),
 * so it learns of changes at once without asking over and over.
 */
@Path("/api/v1/changes")
@RolesAllowed("**")
public class ChangeFeedResource {

    /**
     * The longest a read is held, in seconds: under the gateway's upstream idle timeout (30 s, no byte
     * either way ends an exchange) and under the service's drain on SIGTERM (20 s), so that neither
     * cuts a held read short.
     */
    static final int MAX_WAIT_SECONDS = 15;

    @Inject
    ChangeQueries changes;

    @Inject
    FeedWaits waits;

    @Inject
    JsonWebToken token;

    /**
     * {@code {"items": [{"position", "cursor", "eventId", "type", "change", "field", "claimId",
     * "decisionIds", "revision", "at", "diff": [{"field", "from", "to"}], …}], "nextCursor"}}.
     * {@code type} is {@code created}, {@code updated}, {@code merged} (with {@code mergedInto}) or
     * {@code retracted}; {@code change} says precisely what happened, as in an event's history.
     * Start without {@code cursor}; at the end ({@code nextCursor} null) keep the last entry's
     * {@code cursor} and ask with it later. {@code limit} ≤ 200. With {@code wait} (seconds, ≤ 15) a
     * read that finds nothing after the cursor is held until a change commits, then answered with it,
     * or answered empty when the wait ends.
     */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listChanges")
    @APIResponse(
            responseCode = "200",
            description = "A page of the change feed; empty at the end of a wait that saw no change",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PublicShapes.ChangePage.class)))
    @APIResponse(
            responseCode = "503",
            description = "Too many reads are held already: ask again after the Retry-After header's seconds, or"
                    + " without wait",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @SecurityRequirement(name = ContractDocument.PARTNER, scopes = Scopes.EVENTS_READ)
    public Uni<Page<ObjectNode>> changes(
            @BeanParam PageRequest page,
            @QueryParam("wait")
                    @Parameter(
                            description = "Seconds to hold the read, at most 15, when there is no change after the"
                                    + " cursor yet: the answer comes as soon as one commits. 0 or absent: answer"
                                    + " at once.",
                            schema = @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "15"))
                    String wait) {
        if (!Scopes.has(token, Scopes.EVENTS_READ)) {
            throw ProblemException.forbidden("the change feed needs a token with the " + Scopes.EVENTS_READ + " scope");
        }
        String cursor = page.cursor();
        int limit = page.limit(100);
        Duration hold = waitOf(wait);
        if (hold.isZero()) {
            return changes.feed(cursor, "cursor", limit);
        }
        if (!waits.hold()) {
            throw new HeldReadsFull();
        }
        long deadline = System.nanoTime() + hold.toNanos();
        // deferred: a cursor refused while the read is built still gives its place back
        return Uni.createFrom()
                .deferred(() -> readOrWait(cursor, limit, deadline))
                .onTermination()
                .invoke(waits::release);
    }

    /** The feed after {@code cursor}; when there is nothing yet, the same read after the next commit, until the deadline. */
    private Uni<Page<ObjectNode>> readOrWait(String cursor, int limit, long deadline) {
        // counted before the read: a commit between the read and the wait must still wake it
        long seen = waits.commitsSeen();
        return changes.feed(cursor, "cursor", limit).chain(read -> {
            long left = deadline - System.nanoTime();
            if (!read.items().isEmpty() || left <= 0) {
                return Uni.createFrom().item(read);
            }
            return waits.commitAfter(seen, Duration.ofNanos(left)).chain(() -> readOrWait(cursor, limit, deadline));
        });
    }

    static Duration waitOf(String wait) {
        if (wait == null || wait.isBlank()) {
            return Duration.ZERO;
        }
        try {
            int seconds = Integer.parseInt(wait.strip());
            if (seconds >= 0 && seconds <= MAX_WAIT_SECONDS) {
                return Duration.ofSeconds(seconds);
            }
        } catch (NumberFormatException e) {
            // answered below, as for a number out of range
        }
        throw ProblemException.invalid("wait", "must be a whole number of seconds from 0 to " + MAX_WAIT_SECONDS);
    }

    @ServerExceptionMapper
    public Response heldReadsFull(HeldReadsFull full) {
        Problem problem = Problem.of(
                ProblemType.SERVICE_UNAVAILABLE,
                "too many reads of the change feed are waiting already; ask again shortly, or without wait");
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem)
                .header(HttpHeaders.RETRY_AFTER, 1)
                .build();
    }

    /** All places for held reads are taken. */
    static final class HeldReadsFull extends RuntimeException {

        HeldReadsFull() {
            super("too many held reads of the change feed", null, false, false);
        }
    }
}
