package org.vigil.gateway.routing;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.vigil.gateway.openapi.AggregatedOpenApi;
import org.vigil.gateway.problem.ProblemFailureHandler;
import org.vigil.gateway.ratelimit.RateLimiting;

/**
 * The gateway's routes on the Vert.x router. Quarkus runs authentication (order -200) and the HTTP
 * permission checks (-100) before all of them, so every handler here sees an authorised request
 * and its identity.
 */
@ApplicationScoped
public class GatewayRoutes {

    /** After the permission checks, before Quarkus' own size check (-2) which answers without a body. */
    static final int BODY_LIMIT_ORDER = -3;
    /** Before the REST layer's default order, so {@code /api/v1} never reaches it. */
    static final int API_ORDER = 1000;

    @Inject
    ProblemFailureHandler failures;

    @Inject
    RequestBodyLimit bodyLimit;

    @Inject
    RateLimiting rateLimiting;

    @Inject
    AggregatedOpenApi openApi;

    @Inject
    ApiProxyHandler apiProxy;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 2).failureHandler(failures);
        router.route().order(BODY_LIMIT_ORDER).handler(bodyLimit);
        router.route("/api/v1/*").order(API_ORDER).handler(rateLimiting);
        router.get("/api/v1/openapi").order(API_ORDER + 1).handler(openApi);
        // everything under /api/v1 but Swagger UI, which the gateway serves itself
        router.routeWithRegex("/api/v1/(?!docs(/|$)).*").order(API_ORDER + 2).handler(apiProxy);
    }
}
