package org.vigil.gateway.routing;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.regex.Pattern;
import org.vigil.gateway.ratelimit.RateLimiting;

/**
 * Every path outside {@code /api} and {@code /q} belongs to the web app: the gateway forwards it
 * as it is, with the same edge work as the API (limits per caller, no client address passed on,
 * the body limit). No token is attached: the pages read only the public record, with the web
 * app's own identity.
 */
@ApplicationScoped
public class WebAppRoutes {

    /** After the API's routes, still before the REST layer's default order. */
    static final int WEB_ORDER = GatewayRoutes.API_ORDER + 10;

    /** Anything but {@code /api}, {@code /q} and {@code /auth} (Keycloak, see IdentityProviderProxy) and what lies below them. */
    static final Pattern WEB_PATHS = Pattern.compile("^/(?!(api|q|auth)(/|$)).*");

    @Inject
    ReverseProxy proxy;

    @Inject
    RateLimiting rateLimiting;

    @Inject
    WebAppConfig config;

    void install(@Observes Router router) {
        router.routeWithRegex(WEB_PATHS.pattern()).order(WEB_ORDER).handler(rateLimiting);
        router.routeWithRegex(WEB_PATHS.pattern())
                .order(WEB_ORDER + 1)
                .handler(rc -> proxy.forward(rc, config.url(), "web", rc.normalizedPath(), null));
    }
}
