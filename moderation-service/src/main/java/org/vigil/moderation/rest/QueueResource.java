package org.vigil.moderation.rest;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.vigil.contracts.vocabulary.ClaimProperty;
import org.vigil.contracts.vocabulary.ClaimStatus;
import org.vigil.contracts.vocabulary.EventKind;
import org.vigil.moderation.identity.Accounts;
import org.vigil.paging.Page;
import org.vigil.paging.PageRequest;
import org.vigil.moderation.queue.ModerationQueue;
import org.vigil.problem.ProblemException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.vigil.openapi.ContractDocument;

/** The moderation queue, for moderators (SPEC §5). */
@Path("/api/v1/moderation/queue")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("moderator")
public class QueueResource {

    private final ModerationQueue queue;
    private final Accounts accounts;
    private final JsonWebToken token;
    private final SecurityIdentity identity;

    public QueueResource(ModerationQueue queue, Accounts accounts, JsonWebToken token, SecurityIdentity identity) {
        this.queue = queue;
        this.accounts = accounts;
        this.token = token;
        this.identity = identity;
    }

    /**
     * Claims oldest first, filtered by status (default pending), sensitivity, event kind, country
     * and property, a page of {@code limit} at a time; {@code nextCursor} fetches the next page.
     * The caller's own claims are left out: they may not decide them.
     */
    @GET
    @Operation(operationId = "listModerationQueue")
    @SecurityRequirement(name = ContractDocument.PERSON, scopes = "openid")
    public Uni<Page<QueueItem>> queue(
            @QueryParam("status") String status,
            @QueryParam("sensitive") Boolean sensitive,
            @QueryParam("kind") String kind,
            @QueryParam("country") String country,
            @QueryParam("property") String property,
            @BeanParam PageRequest page) {
        ModerationQueue.Filter filter = new ModerationQueue.Filter(
                status == null ? null : ClaimStatus.fromWire(status)
                        .orElseThrow(() -> ProblemException.invalid("status", "unknown status")),
                sensitive,
                kind == null ? null : EventKind.fromWire(kind)
                        .orElseThrow(() -> ProblemException.invalid("kind", "unknown kind")),
                country,
                property == null ? null : ClaimProperty.fromWire(property)
                        .orElseThrow(() -> ProblemException.invalid("property", "unknown property")));
        return queue.page(filter, accounts.of(token, identity), page.cursor(), page.limit(50)).map(found -> found.map(QueueItem::new));
    }
}
