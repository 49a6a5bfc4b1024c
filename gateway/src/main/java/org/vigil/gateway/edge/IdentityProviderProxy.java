package org.vigil.gateway.edge;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.vigil.gateway.problem.Problem;
import org.vigil.gateway.routing.ReverseProxy;

/**
 * {@code /auth/*}: the identity provider (Keycloak), reached by browsers and partners only through
 * the gateway, so it never learns a client's address: the headers that could carry one are
 * stripped like towards any service, and Keycloak trusts no proxy header anyway. Keycloak's
 * {@code hostname} is this path ({@code …/auth}), so the URLs it writes into pages, redirects and
 * tokens point back here. Its admin console and admin API, and the master realm, are never
 * served from here: they stay reachable inside the deployment only.
 */
@ApplicationScoped
public class IdentityProviderProxy implements Handler<RoutingContext> {

    static final String PREFIX = "/auth";

    private final ReverseProxy proxy;
    private final URI identityProvider;

    IdentityProviderProxy(
            ReverseProxy proxy,
            @ConfigProperty(name = "vigil.identity-provider.url") Optional<URI> identityProvider,
            @ConfigProperty(name = "quarkus.oidc.auth-server-url") String realm) {
        this.proxy = proxy;
        this.identityProvider = identityProvider.orElseGet(() -> serverOf(realm));
    }

    /** {@code http://keycloak:8080/realms/vigil} → {@code http://keycloak:8080}. */
    static URI serverOf(String realm) {
        int realms = realm.indexOf("/realms/");
        return URI.create(realms < 0 ? realm : realm.substring(0, realms));
    }

    @Override
    public void handle(RoutingContext rc) {
        String path = rc.normalizedPath();
        String inside = path.length() > PREFIX.length() ? path.substring(PREFIX.length()) : "/";
        if (isAdministration(inside)) {
            Problem.notFound().send(rc.response());
            return;
        }
        proxy.forward(
                rc,
                identityProvider,
                "the identity provider",
                inside,
                rc.request().getHeader(HttpHeaders.AUTHORIZATION));
    }

    static boolean isAdministration(String path) {
        String p = path.toLowerCase(Locale.ROOT);
        return p.equals("/admin")
                || p.startsWith("/admin/")
                || p.equals("/realms/master")
                || p.startsWith("/realms/master/");
    }
}
