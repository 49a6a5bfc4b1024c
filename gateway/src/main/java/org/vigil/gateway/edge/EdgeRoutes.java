package org.vigil.gateway.edge;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.vigil.gateway.ratelimit.RateLimiting;

/**
 * What the edge does to every request before Quarkus authenticates it (order -200): the next
 * request head on its connection timed once it is answered (HeadDeadlines), security
 * headers on whatever answer follows, the route template its metrics are tagged with, CORS preflights answered (they carry no token), and an
 * address that keeps sending refused tokens turned away before its next token is verified; and
 * {@code /auth/*}, the identity provider behind the edge, rate limited like the API. JSON, CSV
 * and GeoJSON of the API leave gzipped.
 */
@ApplicationScoped
public class EdgeRoutes {

    static final int HEAD_DEADLINE_ORDER = -1100;
    static final int SECURITY_HEADERS_ORDER = -1000;
    static final int ROUTE_TEMPLATE_ORDER = -950;
    static final int CORS_ORDER = -900;
    static final int REFUSED_TOKENS_ORDER = -800;
    /** After Quarkus marks the answer uncompressed (order 0), before anything is relayed. */
    static final int COMPRESSION_ORDER = 1;
    /** Where {@code /api/v1} is served too (GatewayRoutes), after authentication and permission checks. */
    static final int IDENTITY_PROVIDER_ORDER = 1000;

    @Inject
    HeadDeadlines headDeadlines;

    @Inject
    SecurityHeaders securityHeaders;

    @Inject
    PublicReadCors cors;

    @Inject
    RateLimiting rateLimiting;

    @Inject
    IdentityProviderProxy identityProvider;

    @Inject
    Compression compression;

    @Inject
    RouteTemplates routeTemplates;

    void install(@Observes Router router) {
        router.route().order(HEAD_DEADLINE_ORDER).handler(headDeadlines);
        router.route().order(SECURITY_HEADERS_ORDER).handler(securityHeaders);
        router.route().order(ROUTE_TEMPLATE_ORDER).handler(routeTemplates);
        router.route().order(CORS_ORDER).handler(cors);
        router.route().order(REFUSED_TOKENS_ORDER).handler(rateLimiting::beforeAuthentication);
        router.route("/api/v1/*").order(COMPRESSION_ORDER).handler(compression);
        // the web app's bundled scripts and styles; its pages stay uncompressed (application.properties)
        router.route("/assets/*").order(COMPRESSION_ORDER).handler(compression);
        router.route(IdentityProviderProxy.PREFIX + "/*")
                .order(IDENTITY_PROVIDER_ORDER)
                .handler(rateLimiting);
        router.route(IdentityProviderProxy.PREFIX + "/*")
                .order(IDENTITY_PROVIDER_ORDER + 1)
                .handler(identityProvider);
    }
}
