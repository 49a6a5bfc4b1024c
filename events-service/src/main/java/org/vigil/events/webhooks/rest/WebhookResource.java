package org.vigil.events.webhooks.rest;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.vigil.events.webhooks.Page;
import org.vigil.events.webhooks.Subscription;
import org.vigil.events.webhooks.Subscriptions;
import org.vigil.events.webhooks.WebhookSecretKey;
import org.vigil.idempotency.IdempotencyKey;
import org.vigil.idempotency.IdempotentRequests;
import org.vigil.identity.Scopes;
import org.vigil.openapi.ContractDocument;
import org.vigil.paging.PageRequest;
import org.vigil.problem.ProblemException;

/**
 * A partner's webhook subscriptions (docs/product.md §5, docs/partners.md). Needs a token with the
 * {@code webhooks:manage} scope (or an admin's); each caller sees and manages only the
 * subscriptions its own token made, another's answer 404. Every operation admits the same callers,
 * so the security requirements and the roles extension stand once, on the class (SmallRye applies
 * a class's {@code @Extension} to each operation that has none of its own).
 */
@Path("/api/v1/webhooks")
@RolesAllowed("**")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = ContractDocument.PERSON, scopes = "openid")
@SecurityRequirement(name = ContractDocument.PARTNER, scopes = Scopes.WEBHOOKS_MANAGE)
@Extension(name = ContractDocument.ROLES, value = ContractDocument.ADMIN, parseValue = true)
public class WebhookResource {

    @Inject
    Subscriptions subscriptions;

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    @Inject
    @ConfigProperty(name = "vigil.public-url")
    String publicUrl;

    @Inject
    IdempotentRequests idempotency;

    @Inject
    WebhookSecretKey secretKey;

    /**
     * Subscribes to changes from now on; 201 with the signing secret, shown this once. With an
     * {@code Idempotency-Key}, a retry of the same request within 24 h gets this first answer
     * again, secret included (kept encrypted meanwhile), and subscribes nothing more.
     */
    @Operation(operationId = "createWebhook")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Response> create(
            SubscriptionRequest request,
            @Parameter(
                            description = "Any 1 to 255 visible ASCII characters (a UUID): a retry with the same key"
                                    + " and body within 24 h gets the first answer and subscribes nothing more")
                    @HeaderParam(IdempotencyKey.HEADER)
                    String idempotencyKey) {
        String owner = owner();
        if (request == null) {
            throw ProblemException.invalid("url", "is required");
        }
        return idempotency.onConnection(
                idempotencyKey,
                "POST /api/v1/webhooks",
                owner,
                request,
                secretKey,
                connection -> subscriptions
                        .create(connection, owner, request.url(), request.events())
                        .map(created -> Response.created(URI.create(publicUrl + "/api/v1/webhooks/" + created.id()))
                                .entity(created)
                                .build()));
    }

    /** {@code {items, nextCursor}}, oldest first, with a {@code Link: rel="next"} while there is more. */
    @Operation(operationId = "listWebhooks")
    @GET
    public Uni<Response> list(@BeanParam PageRequest page, @Context UriInfo uri) {
        return subscriptions.list(owner(), page.cursor(), page.limit(50)).map(items -> paged(items, uri));
    }

    @Operation(operationId = "getWebhook")
    @GET
    @Path("/{id}")
    public Uni<Subscription> get(@PathParam("id") UUID id) {
        return subscriptions.find(owner(), id);
    }

    /** Ends the subscription; deliveries still queued for it are dropped. */
    @Operation(operationId = "deleteWebhook")
    @DELETE
    @Path("/{id}")
    public Uni<Response> delete(@PathParam("id") UUID id) {
        return subscriptions
                .delete(owner(), id)
                .map(done -> Response.noContent().build());
    }

    /** Queues a {@code webhook.test} delivery; 202 with it, to follow in {@code …/deliveries}. */
    @Operation(operationId = "testWebhook")
    @POST
    @Path("/{id}/test")
    public Uni<Response> test(@PathParam("id") UUID id) {
        return subscriptions
                .ping(owner(), id)
                .map(delivery -> Response.accepted(delivery).build());
    }

    /** A new signing secret, shown this once; the previous one keeps signing beside it for 24 h. */
    @Operation(operationId = "rotateWebhookSecret")
    @POST
    @Path("/{id}/rotate-secret")
    public Uni<Subscription> rotateSecret(@PathParam("id") UUID id) {
        return subscriptions.rotateSecret(owner(), id);
    }

    /** Newest first: each delivery's state, attempts with status codes and errors, and next try. */
    @Operation(operationId = "listWebhookDeliveries")
    @GET
    @Path("/{id}/deliveries")
    public Uni<Response> deliveries(@PathParam("id") UUID id, @BeanParam PageRequest page, @Context UriInfo uri) {
        return subscriptions
                .deliveries(owner(), id, page.cursor(), page.limit(50))
                .map(items -> paged(items, uri));
    }

    /**
     * Whose subscriptions these are: the token's subject, which for a partner is its service
     * account and stays the same across its tokens.
     */
    private String owner() {
        if (!Scopes.has(token, Scopes.WEBHOOKS_MANAGE) && !identity.hasRole("admin")) {
            throw ProblemException.forbidden("webhooks need a token with the " + Scopes.WEBHOOKS_MANAGE + " scope");
        }
        return token.getSubject();
    }

    private Response paged(Page<?> page, UriInfo uri) {
        Response.ResponseBuilder answer = Response.ok(page);
        if (page.nextCursor() != null) {
            URI next = uri.getRequestUriBuilder()
                    .replaceQueryParam("cursor", page.nextCursor())
                    .build();
            String query = next.getRawQuery() == null ? "" : "?" + next.getRawQuery();
            answer.header("Link", "<" + publicUrl + next.getRawPath() + query + ">; rel=\"next\"");
        }
        return answer.build();
    }
}
