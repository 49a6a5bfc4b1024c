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
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.vigil.web.api.ApiUnavailable;
import org.vigil.web.api.ServiceAddress;
import org.vigil.web.config.WebConfig;

/**
 * A service the workspaces call on behalf of the signed-in person: every request carries their
 * own access token, so the service decides what they may see and do, not the web app. A service
 * that does not answer, or answers what a page cannot use, is {@link ApiUnavailable} (503).
 */
abstract class ServiceApi {

    @Inject
    Vertx vertx;

    @Inject
    ObjectMapper json;

    @Inject
    WebConfig config;

    private final Function<WebConfig, URI> address;
    private final String name;
    private WebClient client;
    private String basePath;
    private long timeoutMillis;

    /** The service {@code name} (as the logs call it), listening where {@code address} reads in the config. */
    ServiceApi(String name, Function<WebConfig, URI> address) {
        this.name = name;
        this.address = address;
    }

    @PostConstruct
    void open() {
        ServiceAddress address = new ServiceAddress(this.address.apply(config));
        client = WebClient.create(vertx, address.clientOptions());
        basePath = address.basePath();
        timeoutMillis = config.apiTimeout().toMillis();
    }

    @PreDestroy
    void close() {
        client.close();
    }

    HttpRequest<Buffer> get(String path) {
        return client.get(basePath + path);
    }

    HttpRequest<Buffer> post(String path) {
        return client.post(basePath + path);
    }

    HttpRequest<Buffer> put(String path) {
        return client.put(basePath + path);
    }

    /** Sends {@code request} (with a JSON {@code body}, or none when null) with the person's token. */
    Uni<HttpResponse<Buffer>> send(HttpRequest<Buffer> request, String accessToken, JsonNode body) {
        request.timeout(timeoutMillis)
                .putHeader(HttpHeaders.ACCEPT.toString(), "application/json")
                .putHeader(HttpHeaders.AUTHORIZATION.toString(), "Bearer " + accessToken);
        Uni<HttpResponse<Buffer>> sent;
        if (body == null) {
            sent = request.send();
        } else {
            try {
                sent = request.putHeader(HttpHeaders.CONTENT_TYPE.toString(), "application/json")
                        .sendBuffer(Buffer.buffer(json.writeValueAsBytes(body)));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return sent.onFailure(failure -> !(failure instanceof ApiUnavailable))
                .transform(failure -> new ApiUnavailable(name + " did not answer", failure));
    }

    /** The answer when it is a 200; otherwise the page cannot be shown. */
    HttpResponse<Buffer> ok(HttpResponse<Buffer> response) {
        if (response.statusCode() != 200) {
            throw unexpected(response);
        }
        return response;
    }

    ApiUnavailable unexpected(HttpResponse<Buffer> response) {
        return new ApiUnavailable(name + " answered " + response.statusCode());
    }

    <T> T read(HttpResponse<Buffer> response, Class<T> type) {
        try {
            return json.readValue(response.body().getBytes(), type);
        } catch (IOException e) {
            throw new ApiUnavailable(name + " answered something unreadable", e);
        }
    }

    /**
     * A problem's errors by form field ({@code formField} names the form's field for the API's, or
     * null), {@code ""} for what no field can fix: its detail when it names no field.
     */
    Map<String, String> problemErrors(HttpResponse<Buffer> response, UnaryOperator<String> formField) {
        Map<String, String> errors = new LinkedHashMap<>();
        JsonNode problem;
        try {
            problem = json.readTree(response.body().getBytes());
        } catch (IOException | RuntimeException unreadable) {
            problem = json.createObjectNode();
        }
        for (JsonNode error : problem.path("errors")) {
            String field = formField.apply(error.path("field").asText(""));
            String message = error.path("message").asText(error.path("detail").asText(""));
            errors.putIfAbsent(field == null ? "" : field, message);
        }
        if (errors.isEmpty()) {
            errors.put("", problem.path("detail").asText(problem.path("title").asText("")));
        }
        return errors;
    }
}
