package org.vigil.web.page;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.vigil.web.api.ApiRejected;
import org.vigil.web.api.ApiUnavailable;

/** Pages for what went wrong, in the reader's language, with the right status. */
public class PageFailures {

    private static final Logger LOG = Logger.getLogger(PageFailures.class);

    @ServerExceptionMapper
    public Uni<Response> unavailable(ApiUnavailable failure, HttpHeaders headers, UriInfo uri) {
        // the cause names the service and what failed; no reader detail is in it
        LOG.warnf(
                "a page could not be drawn: %s (%s)",
                failure.getMessage(),
                failure.getCause() == null ? "-" : failure.getCause().getClass().getSimpleName());
        Page page = Reader.page(headers, uri);
        return Templates.unavailable(page)
                .setAttribute("locale", page.language().locale())
                .createUni()
                .map(html -> Response.fromResponse(Pages.html(Response.Status.SERVICE_UNAVAILABLE, page, html))
                        .header("Retry-After", "60")
                        .build());
    }

    /** An altered or stale link (a cursor the API does not know): there is no such page. */
    @ServerExceptionMapper
    public Uni<Response> rejected(ApiRejected failure, HttpHeaders headers, UriInfo uri) {
        return NotFound.page(Reader.page(headers, uri));
    }

    @ServerExceptionMapper
    public Uni<Response> notFound(jakarta.ws.rs.NotFoundException failure, HttpHeaders headers, UriInfo uri) {
        return NotFound.page(Reader.page(headers, uri));
    }
}
