package org.vigil.sources.rest;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.vigil.contracts.events.SourceDocument;
import org.vigil.identity.Scopes;
import org.vigil.problem.Problem;
import org.vigil.problem.ProblemException;
import org.vigil.sources.evidence.InvalidSourceUrlException;
import org.vigil.sources.service.SourceReading;
import org.vigil.sources.service.SourceRegistry;

/** The evidence store's sources (SPEC §5). */
@Path("/api/v1/sources")
@Produces(MediaType.APPLICATION_JSON)
public class SourceResource {

    private final SourceRegistry registry;
    private final SourceReading reading;
    private final SecurityIdentity identity;
    private final JsonWebToken token;
    private final int maxTextLength;

    public SourceResource(SourceRegistry registry, SourceReading reading, SecurityIdentity identity, JsonWebToken token,
            @ConfigProperty(name = "vigil.sources.max-text-length") int maxTextLength) {
        this.registry = registry;
        this.reading = reading;
        this.identity = identity;
        this.token = token;
        this.maxTextLength = maxTextLength;
    }

    /**
     * Registers a source and preserves its text: 201 for a new source or a new version of one,
     * 200 with the existing id when the same URL and text (or the same text) is already here.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("**")
    @WithTransaction
    public Uni<Response> register(@Valid @NotNull SourceRequest request) {
        if (!identity.hasRole("contributor") && !identity.hasRole("moderator") && !Scopes.has(token, Scopes.REPORTS_WRITE)) {
            throw ProblemException.forbidden("registering sources needs the contributor role or the reports:write scope");
        }
        if (request.text().length() > maxTextLength) {
            throw new ProblemException(Problem.of("too-large", "Payload too large", 413,
                    "a source's text may have at most " + maxTextLength + " characters"));
        }
        SourceDocument document = new SourceDocument(request.url(), request.title(), request.publisher(),
                request.author(), request.publishedAt(), request.language(), request.text());
        try {
            return registry.register(document).map(registered -> {
                SourceView view = new SourceView(registered.source().id, registered.source().url, registered.source().title,
                        registered.source().author, registered.source().publishedAt, registered.source().language,
                        registered.source().registeredAt, registered.source().deletedUpstreamAt,
                        new SourceView.PublisherView(registered.publisher().id, registered.publisher().name,
                                registered.publisher().domain, registered.publisher().rating),
                        registered.version().number(), registered.version().sha256, registered.version().retrievedAt,
                        null, null, null, registered.created());
                return (registered.created()
                                ? Response.created(URI.create("/api/v1/sources/" + registered.source().id))
                                : Response.ok())
                        .entity(view).build();
            });
        } catch (InvalidSourceUrlException e) {
            throw ProblemException.invalid("url", e.getMessage());
        }
    }

    /** The public sees metadata and approved quotes; a moderator also the preserved text with offsets. */
    @GET
    @Path("/{id}")
    @RolesAllowed("**")
    public Uni<SourceView> read(@PathParam("id") UUID id, @QueryParam("version") Integer version) {
        return reading.read(id, version, identity.hasRole("moderator"));
    }
}
