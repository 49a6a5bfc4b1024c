package org.vigil.web.workspace;

import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.function.BiFunction;
import org.vigil.web.page.Page;
import org.vigil.web.page.Pages;
import org.vigil.web.page.Reader;

/**
 * How every workspace page answers: in the reader's language, with the form token the page's forms
 * carry (and its cookie), never cached (it shows one person's work).
 */
final class WorkspacePage {

    private WorkspacePage() {}

    /** Renders the template {@code page} and {@code csrf} fill in. */
    static Uni<Response> render(
            HttpHeaders headers,
            UriInfo uri,
            String csrfCookie,
            URI publicUrl,
            Response.Status status,
            BiFunction<Page, String, TemplateInstance> template) {
        Page page = Reader.page(headers, uri);
        String csrf = CsrfToken.current(csrfCookie);
        return template.apply(page, csrf)
                .setAttribute("locale", page.language().locale())
                .createUni()
                .map(html -> Response.fromResponse(Pages.html(status, page, html))
                        .cookie(CsrfToken.cookie(csrf, publicUrl))
                        .header("Cache-Control", "no-store")
                        .build());
    }
}
