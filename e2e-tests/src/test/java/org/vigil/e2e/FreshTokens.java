package org.vigil.e2e;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Access tokens from the real Keycloak for runs longer than a token lives (the realm's are good
 * for five minutes): each is fetched again after a minute, as a client refreshes ahead of expiry.
 */
final class FreshTokens {

    private static final Duration REUSE = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();

    private record Token(String value, long fetchedAt) {}

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI tokenEndpoint;
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();

    FreshTokens(String keycloak) {
        this.tokenEndpoint = URI.create(keycloak + "/realms/vigil/protocol/openid-connect/token");
    }

    /** A person's token, from the password grant for scripts ({@code vigil-cli}). */
    String of(String username) {
        return fresh(
                username,
                Map.of(
                        "grant_type",
                        "password",
                        "client_id",
                        "vigil-cli",
                        "username",
                        username,
                        "password",
                        Api.DEMO_PASSWORD));
    }

    /** The demo partner's token, from the client-credentials grant. */
    String partner() {
        return fresh(
                "partner-demo",
                Map.of(
                        "grant_type",
                        "client_credentials",
                        "client_id",
                        "partner-demo",
                        "client_secret",
                        "partner-demo-secret"));
    }

    private String fresh(String who, Map<String, String> form) {
        Token token = tokens.get(who);
        if (token == null || System.nanoTime() - token.fetchedAt() > REUSE.toNanos()) {
            token = new Token(fetch(form), System.nanoTime());
            tokens.put(who, token);
        }
        return token.value();
    }

    private String fetch(Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        try {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(tokenEndpoint)
                            .timeout(Duration.ofSeconds(30))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Keycloak answered " + response.statusCode() + " for a token");
            }
            return JSON.readTree(response.body()).path("access_token").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
