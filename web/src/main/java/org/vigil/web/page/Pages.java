package org.vigil.web.page;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** How a rendered page is answered. */
public final class Pages {

    public static final MediaType HTML = MediaType.valueOf("text/html;charset=UTF-8");

    private Pages() {}

    public static Response html(Response.Status status, Page page, String html) {
        return Response.status(status)
                .type(HTML)
                .header(HttpHeaders.CONTENT_LANGUAGE, page.lang())
                // the same URL reads in either language, chosen by these
                .header(HttpHeaders.VARY, "Accept-Language, Cookie")
                .header(HttpHeaders.CACHE_CONTROL, "no-cache")
                .entity(html)
                .build();
    }
}
