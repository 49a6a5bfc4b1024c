package org.vigil.web.page;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.core.Response;

/** The 404 page, in the reader's language. */
final class NotFound {

    private NotFound() {}

    static Uni<Response> page(Page page) {
        return Templates.notFound(page)
                .setAttribute("locale", page.language().locale())
                .createUni()
                .map(html -> Pages.html(Response.Status.NOT_FOUND, page, html));
    }
}
