package org.vigil.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Calls through the gateway from several threads at once, as outside clients do, and never
 * throws for a failed call: a fault run counts failures instead.
 */
final class GatewayClient {

    /** What the gateway answered; {@link #NO_ANSWER} when the connection failed or timed out. */
    record Answer(int status, JsonNode body) {

        static final int NO_ANSWER = -1;

        boolean is(int expected) {
            return status == expected;
        }

        /** No answer at all, or a server error: the client cannot tell whether the request took effect. */
        boolean outcomeUnknown() {
            return status == NO_ANSWER || status >= 500;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    GatewayClient(String base) {
        this.base = base;
    }

    Answer get(String pathAndQuery, String token) {
        return send(request(pathAndQuery, token).GET());
    }

    Answer post(String path, String token, String json) {
        return send(request(path, token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private HttpRequest.Builder request(String pathAndQuery, String token) {
        HttpRequest.Builder builder =
                HttpRequest.newBuilder(URI.create(base + pathAndQuery)).timeout(Duration.ofSeconds(60));
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode body;
            try {
                body = response.body().isEmpty() ? MissingNode.getInstance() : JSON.readTree(response.body());
            } catch (IOException notJson) {
                body = MissingNode.getInstance();
            }
            return new Answer(response.statusCode(), body);
        } catch (IOException e) {
            return new Answer(Answer.NO_ANSWER, MissingNode.getInstance());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(Answer.NO_ANSWER, MissingNode.getInstance());
        }
    }
}
