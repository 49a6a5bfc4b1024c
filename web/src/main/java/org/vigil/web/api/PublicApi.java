package org.vigil.web.api;

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
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import org.vigil.web.config.WebConfig;

/**
 * The public read API of events-service (docs/product.md §5), the same one partners use. The web app owns
 * no data: every page is drawn from these calls.
 */
@ApplicationScoped
public class PublicApi {

    private static final String JSON_LD = "application/ld+json";

    @Inject
    Vertx vertx;

    @Inject
    ApiToken token;

    @Inject
    ObjectMapper json;

    @Inject
    WebConfig config;

    private WebClient client;
    private URI base;
    private long timeoutMillis;

    @PostConstruct
    void open() {
        base = config.eventsUrl();
        client =
                WebClient.create(vertx, new ServiceAddress(base).clientOptions().setMaxPoolSize(32));
        timeoutMillis = config.apiTimeout().toMillis();
    }

    @PreDestroy
    void close() {
        client.close();
    }

    /** A page of events matching {@code filter}, newest first. */
    public Uni<EventList> events(EventFilter filter, String cursor, int limit) {
        HttpRequest<Buffer> request =
                get("/api/v1/events", filter.parameters()).addQueryParam("limit", Integer.toString(limit));
        if (cursor != null && !cursor.isBlank()) {
            request.addQueryParam("cursor", cursor);
        }
        return send(request).map(response -> read(ok(response), EventList.class));
    }

    /**
     * The first events with no place on a map of {@code scope} (online, transnational) under {@code filter}: a
     * country in the filter asks for those that target it, since none happened in it.
     */
    public Uni<EventList> incidents(EventFilter filter, String scope, int limit) {
        return send(get("/api/v1/events", filter.incidentParameters(scope))
                        .addQueryParam("limit", Integer.toString(limit)))
                .map(response -> read(ok(response), EventList.class));
    }

    public Uni<Summary> summary(EventFilter filter) {
        return send(get("/api/v1/stats/summary", filter.parameters()))
                .map(response -> read(ok(response), Summary.class));
    }

    /** Counts grouped by {@code country}, {@code city}, {@code day} or {@code kind}. */
    public Uni<Counts> counts(EventFilter filter, String groupBy) {
        return counts(filter.parameters(), groupBy);
    }

    /**
     * How many incidents with no place on a map each scope has under {@code filter}: the {@code online}
     * and {@code transnational} buckets of the counts by country.
     */
    public Uni<Counts> incidentCounts(EventFilter filter) {
        return counts(filter.incidentParameters(null), "country");
    }

    private Uni<Counts> counts(Map<String, String> parameters, String groupBy) {
        return send(get("/api/v1/stats/counts", parameters).addQueryParam("groupBy", groupBy))
                .map(response -> read(ok(response), Counts.class));
    }

    /** One event and its JSON-LD, or where it went, or that there is none. */
    public Uni<EventLookup> event(UUID id) {
        String path = "/api/v1/events/" + id;
        return send(get(path, Map.of())).chain(response -> {
            if (response.statusCode() == 404) {
                return Uni.createFrom().item(new EventLookup.Missing());
            }
            if (response.statusCode() == 301) {
                Merged merged = read(response, Merged.class);
                return Uni.createFrom()
                        .item(new EventLookup.Merged(
                                UUID.fromString(merged.mergedInto()).toString()));
            }
            PublicEvent event = read(ok(response), PublicEvent.class);
            return send(get(path, Map.of()).putHeader(HttpHeaders.ACCEPT.toString(), JSON_LD))
                    .map(ld -> new EventLookup.Found(event, ok(ld).bodyAsString()));
        });
    }

    /** A public event without its JSON-LD; null when there is none or it was merged into another. */
    public Uni<PublicEvent> published(UUID id) {
        return send(get("/api/v1/events/" + id, Map.of()))
                .map(response -> response.statusCode() == 404 || response.statusCode() == 301
                        ? null
                        : read(ok(response), PublicEvent.class));
    }

    /** The event's changes, oldest first (the first page: up to 200). */
    public Uni<History> history(UUID id) {
        return send(get("/api/v1/events/" + id + "/history", Map.of()).addQueryParam("limit", "200"))
                .map(response -> response.statusCode() == 404 ? History.empty() : read(ok(response), History.class));
    }

    @com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
    record Merged(String id, String mergedInto) {}

    private HttpRequest<Buffer> get(String path, Map<String, String> parameters) {
        HttpRequest<Buffer> request = client.get(new ServiceAddress(base).basePath() + path)
                .timeout(timeoutMillis)
                .putHeader(HttpHeaders.ACCEPT.toString(), "application/json");
        parameters.forEach(request::addQueryParam);
        return request;
    }

    private Uni<HttpResponse<Buffer>> send(HttpRequest<Buffer> request) {
        return token.authorization()
                .chain(authorization -> request.putHeader(HttpHeaders.AUTHORIZATION.toString(), authorization)
                        .send())
                .onFailure(failure -> !(failure instanceof ApiUnavailable) && !(failure instanceof ApiRejected))
                .transform(failure -> new ApiUnavailable("the public API did not answer", failure));
    }

    private static HttpResponse<Buffer> ok(HttpResponse<Buffer> response) {
        if (response.statusCode() == 400) {
            throw new ApiRejected("the public API refused the request as bad input");
        }
        if (response.statusCode() != 200) {
            throw new ApiUnavailable("the public API answered " + response.statusCode());
        }
        return response;
    }

    private <T> T read(HttpResponse<Buffer> response, Class<T> type) {
        try {
            return json.readValue(response.body().getBytes(), type);
        } catch (IOException e) {
            throw new ApiUnavailable("the public API answered something unreadable", e);
        }
    }
}
