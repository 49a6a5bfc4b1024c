package org.vigil.web.workspace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.ext.web.client.HttpRequest;
import io.vertx.mutiny.ext.web.client.WebClient;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import org.vigil.web.api.ApiUnavailable;
import org.vigil.web.api.ServiceAddress;
import org.vigil.web.config.WebConfig;

/** sources-service, on behalf of the signed-in person: a source's preserved text at a version. */
@ApplicationScoped
public class SourcesApi {

    private final WebClient client;
    private final ObjectMapper json;
    private final String basePath;
    private final long timeoutMillis;

    SourcesApi(Vertx vertx, ObjectMapper json, WebConfig config) {
        ServiceAddress address = new ServiceAddress(config.sourcesUrl());
        this.client = WebClient.create(vertx, address.clientOptions());
        this.basePath = address.basePath();
        this.json = json;
        this.timeoutMillis = config.apiTimeout().toMillis();
    }

    @PreDestroy
    void close() {
        client.close();
    }

    /** The text of {@code version} of a source (its latest when null); empty when there is none. */
    public Uni<String> text(String accessToken, String sourceId, Integer version) {
        HttpRequest<Buffer> request = client.get(basePath + "/api/v1/sources/" + sourceId)
                .timeout(timeoutMillis)
                .putHeader(HttpHeaders.ACCEPT.toString(), "application/json")
                .putHeader(HttpHeaders.AUTHORIZATION.toString(), "Bearer " + accessToken);
        if (version != null) {
            request.addQueryParam("version", version.toString());
        }
        return request.send()
                .onFailure()
                .transform(failure -> new ApiUnavailable("sources-service did not answer", failure))
                .map(response -> {
                    if (response.statusCode() == 404) {
                        return "";
                    }
                    if (response.statusCode() != 200) {
                        throw new ApiUnavailable("sources-service answered " + response.statusCode());
                    }
                    try {
                        JsonNode source = json.readTree(response.body().getBytes());
                        return source.path("text").asText("");
                    } catch (IOException e) {
                        throw new ApiUnavailable("sources-service answered something unreadable", e);
                    }
                });
    }
}
