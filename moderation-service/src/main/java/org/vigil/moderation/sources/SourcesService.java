package org.vigil.moderation.sources;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.ext.web.client.HttpResponse;
import io.vertx.mutiny.ext.web.client.WebClient;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * sources-service over HTTP, asked with moderation's own token ({@link ModerationToken}): which
 * sources it has registered. Its {@code GET /api/v1/sources/{id}} answers any valid token of the
 * realm with the source's public view, which lists its versions.
 */
@ApplicationScoped
public class SourcesService {

    private static final Logger LOG = Logger.getLogger(SourcesService.class);

    @Inject
    Vertx vertx;

    @Inject
    ModerationToken token;

    @ConfigProperty(name = "vigil.sources.url")
    URI base;

    @ConfigProperty(name = "vigil.sources.check-timeout")
    Duration timeout;

    private WebClient client;
    private String basePath;

    @PostConstruct
    void connect() {
        boolean https = "https".equals(base.getScheme());
        client = WebClient.create(
                vertx,
                new WebClientOptions()
                        .setDefaultHost(base.getHost())
                        .setDefaultPort(base.getPort() > 0 ? base.getPort() : (https ? 443 : 80))
                        .setSsl(https)
                        .setFollowRedirects(false));
        basePath = base.getPath() == null ? "" : base.getPath().replaceAll("/$", "");
    }

    @PreDestroy
    void close() {
        client.close();
    }

    /**
     * The newest version of a registered source; empty when sources-service holds no source with
     * this id. Fails with {@link SourcesUnreachable} when it cannot tell.
     */
    public Uni<Optional<Integer>> newestVersionOf(UUID sourceId) {
        return token.authorization()
                .chain(authorization -> client.get(basePath + "/api/v1/sources/" + sourceId)
                        .putHeader(HttpHeaders.AUTHORIZATION.toString(), authorization)
                        .putHeader(HttpHeaders.ACCEPT.toString(), "application/json")
                        .timeout(timeout.toMillis())
                        .send())
                .map(SourcesService::newestVersionIn)
                .onFailure(failure -> !(failure instanceof SourcesUnreachable))
                .transform(failure -> {
                    // the kind only: a connection failure's message names the peer's address
                    LOG.warnf(
                            "sources-service could not be asked about a cited source: %s",
                            failure.getClass().getSimpleName());
                    return new SourcesUnreachable("sources-service did not answer");
                });
    }

    private static Optional<Integer> newestVersionIn(HttpResponse<Buffer> response) {
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        if (response.statusCode() != 200) {
            LOG.warnf("sources-service answered %d when asked about a cited source", response.statusCode());
            throw new SourcesUnreachable("sources-service answered " + response.statusCode());
        }
        JsonArray versions = new JsonObject(response.bodyAsString()).getJsonArray("versions", new JsonArray());
        int newest = 0;
        for (int i = 0; i < versions.size(); i++) {
            newest = Math.max(newest, versions.getJsonObject(i).getInteger("number", 0));
        }
        return Optional.of(newest);
    }
}
