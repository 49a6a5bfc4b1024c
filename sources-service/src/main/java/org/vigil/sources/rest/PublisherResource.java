package org.vigil.sources.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.vigil.contracts.vocabulary.Rating;
import org.vigil.openapi.ContractDocument;
import org.vigil.paging.CursorText;
import org.vigil.paging.Page;
import org.vigil.paging.PageRequest;
import org.vigil.problem.ProblemException;
import org.vigil.sources.service.PublisherRating;
import org.vigil.sources.service.PublisherReading;

/** Publishers and their reliability ratings (docs/product.md §5 {@code PUT /api/v1/publishers/{id}}). */
@Path("/api/v1/publishers")
@Produces(MediaType.APPLICATION_JSON)
public class PublisherResource {

    public record RatingRequest(
            @NotNull Rating rating, @Size(max = 200) String name) {}

    @Inject
    PublisherReading reading;

    @Inject
    PublisherRating rating;

    /** Publishers by domain, a page of {@code limit} at a time. */
    @GET
    @RolesAllowed("**")
    @SecurityRequirement(name = ContractDocument.PERSON, scopes = "openid")
    @SecurityRequirement(name = ContractDocument.PARTNER)
    @Operation(operationId = "listPublishers")
    public Uni<Page<SourceView.PublisherView>> list(@BeanParam PageRequest request) {
        int limit = request.limit(100);
        String after = request.cursor() == null ? null : PublisherCursor.decode(request.cursor());
        return reading.page(after, limit)
                .map(publishers -> Page.of(publishers, limit, last -> PublisherCursor.encode(last.domain))
                        .map(SourceView.PublisherView::of));
    }

    /** Where a page of publishers ended: after this domain. Opaque to clients, a 400 when forged. */
    static final class PublisherCursor {

        private PublisherCursor() {}

        static String encode(String domain) {
            return CursorText.encode(domain);
        }

        static String decode(String cursor) {
            try {
                return CursorText.decode(cursor);
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalid("cursor", "is not a cursor this service issued");
            }
        }
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("admin")
    @Extension(name = ContractDocument.ROLES, value = ContractDocument.ADMIN, parseValue = true)
    @Operation(operationId = "ratePublisher")
    @SecurityRequirement(name = ContractDocument.PERSON, scopes = "openid")
    public Uni<SourceView.PublisherView> rate(@PathParam("id") UUID id, @Valid @NotNull RatingRequest request) {
        return rating.rate(id, request.rating(), request.name()).map(SourceView.PublisherView::of);
    }
}
