package org.vigil.sources.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.vigil.contracts.vocabulary.Rating;
import org.vigil.sources.service.PublisherRating;
import org.vigil.sources.service.PublisherReading;

/** Publishers and their reliability ratings (SPEC §5 {@code PUT /api/v1/publishers/{id}}). */
@Path("/api/v1/publishers")
@Produces(MediaType.APPLICATION_JSON)
public class PublisherResource {

    public record RatingRequest(@NotNull Rating rating, @Size(max = 200) String name) {}

    private final PublisherReading reading;
    private final PublisherRating rating;

    public PublisherResource(PublisherReading reading, PublisherRating rating) {
        this.reading = reading;
        this.rating = rating;
    }

    @GET
    @RolesAllowed("**")
    public Uni<List<SourceView.PublisherView>> list() {
        return reading.all().map(all -> all.stream().map(SourceView.PublisherView::of).toList());
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("admin")
    public Uni<SourceView.PublisherView> rate(@PathParam("id") UUID id, @Valid @NotNull RatingRequest request) {
        return rating.rate(id, request.rating(), request.name()).map(SourceView.PublisherView::of);
    }
}
