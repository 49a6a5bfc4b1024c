package org.vigil.web.workspace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.ext.web.client.HttpRequest;
import io.vertx.mutiny.ext.web.client.HttpResponse;
import io.vertx.mutiny.ext.web.client.WebClient;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vigil.web.api.ApiUnavailable;
import org.vigil.web.api.ServiceAddress;
import org.vigil.web.config.WebConfig;

/**
 * sources-service, on behalf of the signed-in person: registering a pasted source, a registered
 * one's version (and its preserved text, for moderators), and the claims its text suggests.
 */
@ApplicationScoped
public class SourcesApi {

    /** What sources-service answered a pasted source: registered, or refused with errors by field. */
    public sealed interface Registration {
        record Registered(RegisteredSource source) implements Registration {}

        record Refused(Map<String, String> errors) implements Registration {}
    }

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
        return source(accessToken, sourceId, version)
                .map(source -> source == null || source.text() == null ? "" : source.text());
    }

    /** A registered source at {@code version} (its newest when null); null when there is none. */
    public Uni<RegisteredSource> source(String accessToken, String sourceId, Integer version) {
        HttpRequest<Buffer> request = authorized(client.get(basePath + "/api/v1/sources/" + sourceId), accessToken);
        if (version != null) {
            request.addQueryParam("version", version.toString());
        }
        return send(request, null).map(response -> {
            if (response.statusCode() == 404 || response.statusCode() == 400) {
                return null;
            }
            if (response.statusCode() != 200) {
                throw new ApiUnavailable("sources-service answered " + response.statusCode());
            }
            return read(response, RegisteredSource.class);
        });
    }

    /** Registers (or finds) the pasted source; the pasted text stays with it for the page. */
    public Uni<Registration> register(String accessToken, SourceForm form) {
        HttpRequest<Buffer> request = authorized(client.post(basePath + "/api/v1/sources"), accessToken)
                .putHeader(HttpHeaders.CONTENT_TYPE.toString(), "application/json");
        return send(request, Buffer.buffer(form.toRequest(json).toString())).map(response -> {
            int status = response.statusCode();
            if (status == 200 || status == 201) {
                return new Registration.Registered(
                        read(response, RegisteredSource.class).withText(form.text()));
            }
            if (status >= 400 && status < 500) {
                return new Registration.Refused(errors(read(response, JsonNode.class)));
            }
            throw new ApiUnavailable("sources-service answered " + status);
        });
    }

    /**
     * What the text of the source suggests, to start the form from. A convenience: while the text
     * is still being read (503) or the service is slow, the form starts empty instead.
     */
    public Uni<List<Suggestion>> suggestions(String accessToken, String sourceId, Integer version) {
        HttpRequest<Buffer> request =
                authorized(client.get(basePath + "/api/v1/sources/" + sourceId + "/suggestions"), accessToken);
        if (version != null) {
            request.addQueryParam("version", version.toString());
        }
        return send(request, null)
                .map(response -> {
                    if (response.statusCode() != 200) {
                        return List.<Suggestion>of();
                    }
                    List<Suggestion> found = new ArrayList<>();
                    for (JsonNode one : read(response, JsonNode.class).path("suggestions")) {
                        found.add(json.convertValue(one, Suggestion.class));
                    }
                    return (List<Suggestion>) found;
                })
                .onFailure()
                .recoverWithItem(List.of());
    }

    /** Publishers by domain, with their ratings (the first page of a hundred). */
    public Uni<List<Publisher>> publishers(String accessToken) {
        HttpRequest<Buffer> request = authorized(client.get(basePath + "/api/v1/publishers"), accessToken)
                .addQueryParam("limit", "100");
        return send(request, null).map(response -> {
            if (response.statusCode() != 200) {
                throw new ApiUnavailable("sources-service answered " + response.statusCode());
            }
            List<Publisher> found = new ArrayList<>();
            for (JsonNode one : read(response, JsonNode.class).path("items")) {
                found.add(json.convertValue(one, Publisher.class));
            }
            return found;
        });
    }

    /** An admin rates a publisher; a refusal comes back as errors by field. */
    public Uni<Map<String, String>> rate(String accessToken, String publisherId, String rating) {
        HttpRequest<Buffer> request = authorized(
                        client.put(basePath + "/api/v1/publishers/" + publisherId), accessToken)
                .putHeader(HttpHeaders.CONTENT_TYPE.toString(), "application/json");
        return send(
                        request,
                        Buffer.buffer(
                                json.createObjectNode().put("rating", rating).toString()))
                .map(response -> {
                    int status = response.statusCode();
                    if (status >= 200 && status < 300) {
                        return Map.<String, String>of();
                    }
                    if (status >= 400 && status < 500) {
                        return errors(read(response, JsonNode.class));
                    }
                    throw new ApiUnavailable("sources-service answered " + status);
                });
    }

    private static Map<String, String> errors(JsonNode problem) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (JsonNode error : problem.path("errors")) {
            String field = SourceForm.formField(error.path("field").asText(null));
            errors.putIfAbsent(field == null ? "" : field, error.path("message").asText(""));
        }
        if (errors.isEmpty()) {
            errors.put("", problem.path("detail").asText(problem.path("title").asText("")));
        }
        return errors;
    }

    private HttpRequest<Buffer> authorized(HttpRequest<Buffer> request, String accessToken) {
        return request.timeout(timeoutMillis)
                .putHeader(HttpHeaders.ACCEPT.toString(), "application/json")
                .putHeader(HttpHeaders.AUTHORIZATION.toString(), "Bearer " + accessToken);
    }

    private static Uni<HttpResponse<Buffer>> send(HttpRequest<Buffer> request, Buffer body) {
        Uni<HttpResponse<Buffer>> sent = body == null ? request.send() : request.sendBuffer(body);
        return sent.onFailure().transform(failure -> new ApiUnavailable("sources-service did not answer", failure));
    }

    private <T> T read(HttpResponse<Buffer> response, Class<T> type) {
        try {
            return json.readValue(response.body().getBytes(), type);
        } catch (IOException e) {
            throw new ApiUnavailable("sources-service answered something unreadable", e);
        }
    }
}
