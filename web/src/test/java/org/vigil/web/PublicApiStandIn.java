package org.vigil.web;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * The web app's outside world in one small server: the identity provider's token endpoint and the
 * public read API of events-service, answering canned JSON from {@code standin/}. It records the
 * requests it gets, so tests can see what the pages asked for.
 */
public class PublicApiStandIn implements QuarkusTestResourceLifecycleManager {

    public static final String MUNICH = "5f0e1c4e-0000-4000-8000-000000000001";
    public static final String PAYLOAD = "5f0e1c4e-0000-4000-8000-000000000002";
    public static final String MERGED = "5f0e1c4e-0000-4000-8000-000000000003";
    public static final String INCIDENT = "5f0e1c4e-0000-4000-8000-000000000005";
    public static final String LONDON = "5f0e1c4e-0000-4000-8000-000000000006";
    public static final String TOKEN = "stand-in-token";

    /** The path and query of every API request, newest last. */
    public static final List<String> REQUESTS = new CopyOnWriteArrayList<>();

    private Vertx vertx;
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        try {
            server = vertx.createHttpServer()
                    .requestHandler(PublicApiStandIn::answer)
                    .listen(0, "127.0.0.1")
                    .toCompletionStage()
                    .toCompletableFuture()
                    .get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the stand-in API did not start", e);
        }
        String base = "http://127.0.0.1:" + server.actualPort();
        return Map.of(
                "vigil.web.events-url", base,
                "vigil.web.moderation-url", base,
                "vigil.web.sources-url", base,
                "quarkus.oidc-client.auth-server-url", base + "/realms/test",
                "quarkus.oidc.auth-server-url", base + "/realms/test");
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close();
        }
    }

    private static void answer(HttpServerRequest request) {
        String path = request.path();
        if (path.startsWith("/realms/test/")) {
            IdentityStandIn.answer(request);
            return;
        }
        if (path.startsWith("/api/v1/reports")
                || path.startsWith("/api/v1/moderation")
                || path.startsWith("/api/v1/claims")
                || path.startsWith("/api/v1/sources")
                || path.startsWith("/api/v1/audit")
                || path.startsWith("/api/v1/publishers")
                || (path.startsWith("/api/v1/events/") && path.endsWith("/merge"))) {
            ModerationStandIn.answer(request);
            return;
        }
        if (!("Bearer " + TOKEN).equals(request.getHeader("Authorization"))) {
            json(request, 401, "{\"status\":401}");
            return;
        }
        REQUESTS.add(request.uri());
        boolean jsonLd = String.valueOf(request.getHeader("Accept")).contains("ld+json");
        switch (path) {
            case "/api/v1/events" -> json(request, 200, events(request.getParam("scope")));
            case "/api/v1/stats/summary" -> json(request, 200, summary(request));
            case "/api/v1/stats/counts" ->
                json(request, 200, counts(request.getParam("groupBy"), request.getParam("kind")));
            case "/api/v1/events/" + MUNICH -> json(request, 200, canned(jsonLd ? "munich.jsonld" : "munich.json"));
            case "/api/v1/events/" + PAYLOAD -> json(request, 200, canned(jsonLd ? "payload.jsonld" : "payload.json"));
            case "/api/v1/events/" + MERGED -> {
                request.response().putHeader("Location", "/api/v1/events/" + MUNICH);
                json(request, 301, "{\"id\":\"" + MERGED + "\",\"mergedInto\":\"" + MUNICH + "\"}");
            }
            case "/api/v1/events/" + INCIDENT -> json(request, 200, canned(jsonLd ? "munich.jsonld" : "incident.json"));
            case "/api/v1/events/" + LONDON -> json(request, 200, canned(jsonLd ? "munich.jsonld" : "london.json"));
            case "/api/v1/events/" + MUNICH + "/history" -> json(request, 200, canned("history.json"));
            default -> json(request, 404, "{\"status\":404,\"title\":\"Not Found\"}");
        }
    }

    private static String counts(String groupBy, String kind) {
        return switch (String.valueOf(groupBy)) {
            case "kind" -> "{\"groups\":[{\"key\":\"rally\",\"count\":1200},{\"key\":\"attack\",\"count\":34}]}";
            case "country" ->
                "{\"groups\":[{\"key\":\"DE\",\"count\":27},{\"key\":\"GB\",\"count\":12},"
                        + "{\"key\":\"online\",\"count\":2}]}";
            case "day" ->
                "rally".equals(kind)
                        ? "{\"groups\":[{\"key\":\"2026-01-11\",\"count\":100},{\"key\":\"2026-02-14\",\"count\":1100}]}"
                        : "{\"groups\":[{\"key\":\"2026-01-20\",\"count\":34}]}";
            default -> "{\"groups\":[]}";
        };
    }

    /** The list, or under {@code scope=online} the incidents with no place on a map. */
    private static String events(String scope) {
        if (scope == null) {
            return canned("list.json");
        }
        return "online".equals(scope) ? canned("incidents.json") : "{\"items\":[],\"nextCursor\":null}";
    }

    /**
     * The summary with the tallies beside it (none under a campaign, as the API does); the record's own
     * count for the German tally's filter is 3.
     */
    private static String summary(HttpServerRequest request) {
        boolean germanTally = "DE".equals(request.getParam("country")) && "2026-01-11".equals(request.getParam("from"));
        String reported = request.getParam("campaign") == null ? canned("tallies.json") : "{\"tallies\":[]}";
        return "{\"events\":" + (germanTally ? 3 : 1234) + ",\"rallies\":1200,\"countries\":30,\"cities\":73,"
                + "\"largestAttendance\":{\"eventId\":\"" + MUNICH + "\",\"low\":250000},"
                + "\"reported\":" + reported + "}";
    }

    static void json(HttpServerRequest request, int status, String body) {
        request.response()
                .setStatusCode(status)
                .putHeader("Content-Type", "application/json")
                .end(body);
    }

    static String canned(String name) {
        try (InputStream in = PublicApiStandIn.class.getResourceAsStream("/standin/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
