package org.vigil.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 15 §4: what a metrics scraper reads on each management port ({@code /q/metrics}, never
 * through the gateway): HTTP metrics by route template, the pipeline's gauges in every service
 * with an outbox, and the gateway's count of 429 answers.
 */
class MetricsIT extends OnThePlatform {

    private static final List<String> SERVICES =
            List.of("gateway", "events-service", "sources-service", "moderation-service");
    private static final List<String> WITH_OUTBOX = List.of("events-service", "sources-service", "moderation-service");
    /** Anonymous requests are counted per client address: this one is used by no other test. */
    private static final String FLOODING_ADDRESS = "127.0.0.29";

    @Test
    void httpMetricsNameRouteTemplatesNeverIds() {
        String id = UUID.randomUUID().toString();
        Map<String, String> templates = Map.of(
                "/api/v1/events/", "events-service",
                "/api/v1/sources/", "sources-service",
                "/api/v1/claims/", "moderation-service");
        templates
                .keySet()
                .forEach(path ->
                        api.as("moderator1").when().get(path + id).then().statusCode(404));

        Map<String, String> metrics = metricsOfEachService();
        templates.forEach((path, service) -> {
            String template = "uri=\"" + path + "{id}\"";
            assertTrue(metrics.get("gateway").contains(template), "the gateway's HTTP metrics name " + template);
            assertTrue(metrics.get(service).contains(template), service + "'s HTTP metrics name " + template);
        });
        metrics.forEach((service, text) -> assertFalse(text.contains(id), service + "'s metrics carry an id"));
    }

    @Test
    void aPathNoRouteKnowsMintsNoNewTemplate() {
        String word = "w" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        api.anonymous().when().get("/api/v1/" + word).then().statusCode(org.hamcrest.Matchers.oneOf(401, 404));
        api.anonymous().when().get("/" + word + "/x").then().statusCode(404);

        String gateway = metricsOf("gateway");
        assertFalse(gateway.contains(word), "the gateway's metrics name a path no route knows");
        assertTrue(gateway.contains("uri=\"/api/{unknown}\""), "unknown API paths share one template");
        assertTrue(gateway.contains("uri=\"/{unknown}\""), "unknown pages share one template");
    }

    @Test
    void everyServiceWithAnOutboxReportsItsBacklogItsOldestUnsentAgeAndItsDeadLetters() {
        Map<String, String> metrics = metricsOfEachService();
        for (String service : WITH_OUTBOX) {
            for (String gauge : List.of(
                    "vigil_outbox_backlog", "vigil_outbox_oldest_unsent_age_seconds", "vigil_messages_dead_lettered")) {
                assertTrue(
                        Pattern.compile("(?m)^" + gauge + "(\\{[^}]*})? [0-9.E+-]+$")
                                .matcher(metrics.get(service))
                                .find(),
                        service + " reports " + gauge);
            }
        }
    }

    @Test
    void everyRequestTheGatewayRefusesWith429IsCounted() throws IOException {
        double before = rateLimited("anonymous");
        RestAssuredConfig fromOneAddress = RestAssuredConfig.config()
                .httpClient(HttpClientConfig.httpClientConfig()
                        .setParam("http.route.local-address", InetAddress.getByName(FLOODING_ADDRESS)));
        int refused = 0;
        // the production burst for anonymous callers is 120 (gateway application.properties)
        for (int i = 0; i < 200 && refused < 3; i++) {
            int status = given().config(fromOneAddress)
                    .baseUri(platform.gateway())
                    .when()
                    .get("/api/v1/events?limit=1")
                    .statusCode();
            if (status == 429) {
                refused++;
            }
        }

        assertEquals(3, refused, "the gateway refused the flood");
        assertEquals(before + 3, rateLimited("anonymous"), 0.0);
        String gateway = metricsOf("gateway");
        assertFalse(gateway.contains(FLOODING_ADDRESS), "the gateway's metrics name the client's address");
        try (Stream<Path> logs = Files.walk(platform.logs)) {
            for (Path log : logs.filter(Files::isRegularFile).toList()) {
                assertFalse(
                        Files.readString(log, StandardCharsets.ISO_8859_1).contains(FLOODING_ADDRESS),
                        log + " names the client's address");
            }
        }
    }

    @Test
    void theManagementPortIsNotReachableThroughTheGateway() {
        // outside /api a path is the web app's: a page for people, its 404 a page too
        for (String path : List.of("/q/metrics", "/q/health")) {
            api.anonymous()
                    .when()
                    .get(path)
                    .then()
                    .statusCode(404)
                    .body(org.hamcrest.Matchers.not(containsString("vigil_outbox_backlog")))
                    .body(org.hamcrest.Matchers.not(containsString("\"status\":\"UP\"")));
        }
        // an API path no service has: refused before routing to anyone, 401 without a token
        api.anonymous()
                .when()
                .get("/api/v1/q/metrics")
                .then()
                .statusCode(org.hamcrest.Matchers.oneOf(401, 404))
                .contentType(startsWith("application/problem+json"))
                .body(org.hamcrest.Matchers.not(containsString("vigil_outbox_backlog")));
    }

    private static double rateLimited(String policy) {
        String metrics = metricsOf("gateway");
        // a counted refusal carries an exemplar (` # {trace_id=…} 1.0 <time>`) after the value
        Matcher counter = Pattern.compile("(?m)^vigil_gateway_rate_limited_total\\{[^}]*policy=\"" + policy
                        + "\"[^}]*} ([0-9.E+-]+)( # .*)?$")
                .matcher(metrics);
        assertTrue(
                counter.find(),
                "the gateway counts 429s of the " + policy + " policy; its vigil_ metrics: "
                        + metrics.lines()
                                .filter(line -> line.contains("vigil_"))
                                .toList());
        return Double.parseDouble(counter.group(1));
    }

    private static Map<String, String> metricsOfEachService() {
        Map<String, String> metrics = new TreeMap<>();
        SERVICES.forEach(service -> metrics.put(service, metricsOf(service)));
        return metrics;
    }

    private static String metricsOf(String service) {
        return given().baseUri(platform.management(service))
                .when()
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .extract()
                .asString();
    }
}
