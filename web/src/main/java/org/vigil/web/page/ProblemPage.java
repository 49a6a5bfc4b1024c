package org.vigil.web.page;

import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import org.vigil.contracts.problem.ProblemType;
import org.vigil.web.config.WebConfig;

/**
 * The pages the API's problem types point at: every problem+json answer's {@code type} is
 * {@code <public-url>/problems/<slug>}, and here is what it means and what to do, for the developer
 * who follows it. {@code /problems/} lists them all.
 */
@Path("/problems")
public class ProblemPage {

    @Inject
    ProblemCatalogue catalogue;

    @Inject
    WebConfig config;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Uni<Response> all(@Context HttpHeaders headers, @Context UriInfo uri) {
        Page page = Reader.page(headers, uri);
        return Templates.problems(page, catalogue.all(page.language(), publicUrl()))
                .setAttribute("locale", page.language().locale())
                .createUni()
                .map(html -> Pages.html(Response.Status.OK, page, html));
    }

    @GET
    @Path("/{slug}")
    @Produces(MediaType.TEXT_HTML)
    public Uni<Response> one(@PathParam("slug") String slug, @Context HttpHeaders headers, @Context UriInfo uri) {
        Page page = Reader.page(headers, uri);
        Optional<ProblemType> type = ProblemType.bySlug(slug);
        if (type.isEmpty()) {
            return NotFound.page(page);
        }
        return Templates.problem(page, catalogue.describe(type.get(), page.language(), publicUrl()))
                .setAttribute("locale", page.language().locale())
                .createUni()
                .map(html -> Pages.html(Response.Status.OK, page, html));
    }

    private String publicUrl() {
        return config.publicUrl().toString();
    }
}
