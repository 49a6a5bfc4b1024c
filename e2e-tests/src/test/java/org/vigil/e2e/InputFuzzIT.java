package org.vigil.e2e;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.vigil.testing.HostileTokens;

/**
 * Issue 12's fuzzing: every operation of the live API description, called through the gateway
 * with generated inputs ({@link HostileInputs}) and a token that holds every role and scope, so
 * the inputs reach the code behind the access checks. No answer is a 5xx, none carries a stack
 * trace, every 4xx is problem details.
 *
 * <p>{@link SecuritySuite#tries()} inputs per operation (a lean default; {@code VIGIL_SECURITY=full}
 * for a long run), from the seed {@link SecuritySuite#seed()} prints.
 */
class InputFuzzIT extends OnThePlatform {

    private static final Pattern STACK_TRACE =
            Pattern.compile("(\\tat |\\bat [a-z][\\w$]*(\\.[\\w$]+)+\\(|\\.java:\\d+\\)|Exception:|Caused by:)");

    // HTTP/1.1 as browsers and partners' clients speak to the gateway (no h2c upgrade)
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    @TestFactory
    List<DynamicTest> everyOperationAnswersGeneratedInputWithoutA5xxOrAStackTrace() {
        ApiDocument document = SecuritySuite.document(api);
        HostileTokens tokens = SecuritySuite.tokens(platform, api);
        long seed = SecuritySuite.seed();
        int tries = SecuritySuite.tries();
        return document.operations().stream()
                .map(operation -> dynamicTest(operation.name(), () -> {
                    // a subject of its own per operation: the gateway's per-caller limit is not what is tested
                    String token = tokens.withClaims(c -> c.put(
                                    "sub", "fuzz-" + operation.name().hashCode())
                            .put(
                                    "realm_access",
                                    new JsonObject()
                                            .put("roles", new JsonArray(List.of("contributor", "moderator", "admin"))))
                            .put("scope", "openid events:read reports:write webhooks:manage"));
                    HostileInputs inputs =
                            new HostileInputs(new Random(seed ^ operation.name().hashCode()));
                    for (int i = 0; i < tries; i++) {
                        HostileInputs.Request request = inputs.request(operation);
                        check(request, send(request, token), seed);
                    }
                }))
                .toList();
    }

    private HttpResponse<String> send(HostileInputs.Request request, String token)
            throws IOException, InterruptedException {
        HttpRequest.BodyPublisher body = request.body() == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(request.body());
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(platform.gateway() + request.pathAndQuery()))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .method(request.method(), body);
        if (request.contentType() != null) {
            builder.header("Content-Type", request.contentType());
        }
        return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void check(HostileInputs.Request request, HttpResponse<String> response, long seed) {
        String what = request + " -> " + response.statusCode() + " (seed " + seed + ")";
        assertTrue(response.statusCode() < 500, what + ": " + abbreviated(response.body()));
        assertFalse(
                STACK_TRACE.matcher(response.body()).find(),
                what + " shows a stack trace: " + abbreviated(response.body()));
        if (response.statusCode() >= 400) {
            String type = response.headers().firstValue("Content-Type").orElse("");
            assertTrue(type.startsWith("application/problem+json"), what + " answered " + type);
        }
    }

    private static String abbreviated(String body) {
        return body.length() > 500 ? body.substring(0, 500) + "…" : body;
    }
}
