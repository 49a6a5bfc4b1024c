package org.vigil.gateway.openapi;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.ext.web.client.WebClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.vigil.gateway.problem.Problem;
import org.vigil.gateway.routing.Upstream;
import org.vigil.gateway.routing.UpstreamConfig;
import org.vigil.gateway.security.GatewayToken;

/**
 * {@code GET /api/v1/openapi}: the three services' {@code /q/openapi} documents (fetched from their
 * management ports with the gateway's token) merged into one. A service that does not answer is left out and named in
 * {@code x-vigil-unavailable}; a complete document is cached for a while, so readers of the
 * document do not multiply into requests to every service.
 */
@ApplicationScoped
public class AggregatedOpenApi implements Handler<RoutingContext> {

    private static final Logger LOG = Logger.getLogger(AggregatedOpenApi.class);

    private record Cached(String body, long until) {}

    private final WebClient client;
    private final UpstreamConfig upstreams;
    private final GatewayToken gatewayToken;
    private final Duration cacheFor;
    private final String publicIssuer;
    private volatile Cached cached;

    AggregatedOpenApi(
            Vertx vertx,
            UpstreamConfig upstreams,
            GatewayToken gatewayToken,
            @ConfigProperty(name = "vigil.openapi.cache-for", defaultValue = "60S") Duration cacheFor,
            @ConfigProperty(name = "vigil.openapi.public-issuer") String publicIssuer) {
        this.client = WebClient.create(vertx);
        this.upstreams = upstreams;
        this.gatewayToken = gatewayToken;
        this.cacheFor = cacheFor;
        this.publicIssuer = publicIssuer;
    }

    @Override
    public void handle(RoutingContext rc) {
        Cached current = cached;
        if (current != null && System.nanoTime() < current.until()) {
            send(rc, current.body());
            return;
        }
        Context context = io.vertx.core.Vertx.currentContext();
        document()
                .emitOn(task -> context.runOnContext(v -> task.run()))
                .subscribe()
                .with(body -> send(rc, body), failure -> {
                    LOG.warnf("no API description: %s", failure.getClass().getSimpleName());
                    Problem.unavailable("the API description").send(rc.response());
                });
    }

    /** The merged document, from the cache while it is fresh. */
    public Uni<String> document() {
        Cached current = cached;
        if (current != null && System.nanoTime() < current.until()) {
            return Uni.createFrom().item(current.body());
        }
        return gatewayToken.authorization().flatMap(this::fetchAll);
    }

    private Uni<String> fetchAll(String authorization) {
        List<Uni<Optional<JsonObject>>> fetches = new ArrayList<>();
        for (Upstream upstream : Upstream.values()) {
            fetches.add(fetch(upstream, authorization));
        }
        return Uni.join().all(fetches).andFailFast().map(results -> {
            Map<Upstream, JsonObject> documents = new EnumMap<>(Upstream.class);
            List<Upstream> missing = new ArrayList<>();
            for (Upstream upstream : Upstream.values()) {
                results.get(upstream.ordinal())
                        .ifPresentOrElse(d -> documents.put(upstream, d), () -> missing.add(upstream));
            }
            if (documents.isEmpty()) {
                throw new IllegalStateException("no service described its API");
            }
            String body = PublicIssuer.pointFlowsAt(OpenApiMerge.merge(documents, missing), publicIssuer)
                    .encode();
            if (missing.isEmpty()) {
                cached = new Cached(body, System.nanoTime() + cacheFor.toNanos());
            }
            return body;
        });
    }

    private Uni<Optional<JsonObject>> fetch(Upstream upstream, String authorization) {
        String url = upstreams.managementOf(upstream).toString().replaceAll("/+$", "") + "/q/openapi?format=json";
        return client.getAbs(url)
                .putHeader(HttpHeaders.AUTHORIZATION.toString(), authorization)
                .putHeader(HttpHeaders.ACCEPT.toString(), "application/json")
                .timeout(upstreams.idleTimeout().toMillis())
                .send()
                .map(response -> response.statusCode() == 200
                        ? Optional.of(response.bodyAsJsonObject())
                        : Optional.<JsonObject>empty())
                .onFailure()
                .recoverWithItem(failure -> {
                    LOG.warnf(
                            "%s did not describe its API: %s",
                            upstream.serviceName(), failure.getClass().getSimpleName());
                    return Optional.empty();
                });
    }

    private static void send(RoutingContext rc, String body) {
        rc.response()
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                .putHeader(HttpHeaders.CACHE_CONTROL, "public, max-age=60")
                .end(body);
    }
}
