package org.vigil.web.workspace;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/**
 * Where Keycloak sends the browser back after signing in (the one redirect URI the realm allows).
 * Quarkus OIDC completes the sign-in here and returns the browser to the page it asked for; a
 * browser that arrives here otherwise is shown its reports.
 */
@Path("/signed-in")
@Authenticated
public class SignedIn {

    @GET
    public Response back() {
        return SeeOther.to("/my-reports");
    }
}
