package org.vigil.gateway.routing;

import io.vertx.core.Context;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.vigil.gateway.problem.Problem;
import org.vigil.gateway.security.Caller;
import org.vigil.gateway.security.GatewayToken;

/**
 * Sends an authorised {@code /api/v1} request to the service that serves its path, with the
 * caller's own {@code Authorization} header, or, for an anonymous public read, with the gateway's
 * token (the services answer nothing without one).
 */
@ApplicationScoped
public class ApiProxyHandler implements Handler<RoutingContext> {

    private static final Logger LOG = Logger.getLogger(ApiProxyHandler.class);

    @Inject
    ReverseProxy proxy;

    @Inject
    GatewayToken gatewayToken;

    @Override
    public void handle(RoutingContext rc) {
        Optional<Upstream> upstream = UpstreamRoutes.route(rc.normalizedPath());
        if (upstream.isEmpty()) {
            Problem.notFound().send(rc.response());
            return;
        }
        if (Caller.of(rc).isPresent()) {
            proxy.forward(rc, upstream.get(), rc.request().getHeader(HttpHeaders.AUTHORIZATION));
            return;
        }
        String held = gatewayToken.heldAuthorization();
        if (held != null) {
            proxy.forward(rc, upstream.get(), held);
            return;
        }
        Context context = Vertx.currentContext();
        gatewayToken
                .authorization()
                .emitOn(task -> context.runOnContext(v -> task.run()))
                .subscribe()
                .with(authorization -> proxy.forward(rc, upstream.get(), authorization), failure -> {
                    LOG.warnf(
                            "no gateway token from the identity provider: %s",
                            failure.getClass().getSimpleName());
                    Problem.unavailable("the identity provider").send(rc.response());
                });
    }
}
