package org.vigil.web.workspace;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import org.vigil.web.config.WebConfig;
import org.vigil.web.page.Page;
import org.vigil.web.page.Pages;
import org.vigil.web.page.Reader;

/**
 * What every workspace page shares: the signed-in person (their token goes on to the services,
 * their roles make the navigation), and how a page answers: in the reader's language, with the form
 * token its forms carry (and its cookie), never cached (it shows one person's work).
 */
@ApplicationScoped
class Workspace {

    /** A workspace template filled in for one request. */
    @FunctionalInterface
    interface Screen {
        TemplateInstance of(Page page, Who who, String csrf);
    }

    @Inject
    SecurityIdentity identity;

    @Inject
    WebConfig config;

    /** The signed-in person's access token: the services decide what it allows. */
    String accessToken() {
        return identity.getCredential(AccessTokenCredential.class).getToken();
    }

    Uni<Response> render(WorkspaceRequest request, Response.Status status, Screen screen) {
        Page page = Reader.page(request.headers, request.uri);
        String csrf = CsrfToken.current(request.csrfCookie);
        return screen.of(page, Who.of(identity), csrf)
                .setAttribute("locale", page.language().locale())
                .createUni()
                .map(html -> Response.fromResponse(Pages.html(status, page, html))
                        .cookie(CsrfToken.cookie(csrf, config.publicUrl()))
                        .header("Cache-Control", "no-store")
                        .build());
    }
}
