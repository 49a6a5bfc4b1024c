package org.vigil.gateway.health;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.core.net.NetClient;
import io.vertx.core.net.NetClientOptions;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.vigil.gateway.routing.Upstream;
import org.vigil.gateway.routing.UpstreamConfig;
import org.vigil.gateway.routing.WebAppConfig;

/**
 * The gateway is ready when it can reach what it forwards to: each service and the web app take
 * a TCP connection. A gateway that cannot reach them would answer every request 503; while it
 * says so, an orchestrator sends traffic to one that can. The identity provider is left out on
 * purpose: anonymous reads keep working while it is away.
 */
@Readiness
@ApplicationScoped
public class UpstreamsReadiness implements AsyncHealthCheck {

    private final NetClient client;
    private final Map<String, URI> upstreams = new LinkedHashMap<>();

    UpstreamsReadiness(Vertx vertx, UpstreamConfig services, WebAppConfig webApp) {
        this.client = vertx.createNetClient(new NetClientOptions()
                .setConnectTimeout(Math.toIntExact(services.connectTimeout().toMillis())));
        for (Upstream upstream : Upstream.values()) {
            upstreams.put(upstream.serviceName(), services.baseOf(upstream));
        }
        upstreams.put("web", webApp.url());
    }

    @PreDestroy
    void close() {
        client.close();
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        List<Uni<Map.Entry<String, Boolean>>> probes = upstreams.entrySet().stream()
                .map(upstream -> reachable(upstream.getValue()).map(up -> Map.entry(upstream.getKey(), up)))
                .toList();
        return Uni.join().all(probes).andFailFast().map(results -> {
            HealthCheckResponseBuilder response = HealthCheckResponse.named("upstreams");
            boolean all = true;
            for (Map.Entry<String, Boolean> result : results) {
                // names and "reachable" only: the addresses stay out of an answer that monitoring may store
                response.withData(result.getKey(), result.getValue() ? "reachable" : "unreachable");
                all &= result.getValue();
            }
            return response.status(all).build();
        });
    }

    private Uni<Boolean> reachable(URI base) {
        int port = base.getPort() > 0 ? base.getPort() : "https".equalsIgnoreCase(base.getScheme()) ? 443 : 80;
        return Uni.createFrom()
                .<Boolean>emitter(emitter -> client.connect(port, base.getHost())
                        .onSuccess(socket -> {
                            socket.close();
                            emitter.complete(true);
                        })
                        .onFailure(failure -> emitter.complete(false)));
    }
}
