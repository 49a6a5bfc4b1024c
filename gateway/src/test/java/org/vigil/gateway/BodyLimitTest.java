package org.vigil.gateway;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import org.junit.jupiter.api.Test;
import org.vigil.gateway.standin.UpstreamStandIns;
import org.vigil.testing.OidcTestResource;

/** The 2 MB limit of {@code quarkus.http.limits.max-body-size}: a 1 MB source text fits, more is refused. */
@QuarkusTest
@QuarkusTestResource(OidcTestResource.class)
@QuarkusTestResource(UpstreamStandIns.class)
class BodyLimitTest {

    private static final int LIMIT = 2 * 1024 * 1024;

    @TestHTTPResource("/api/v1/reports")
    URI reports;

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void declaredBodyOverTheLimitGets413Problem() throws Exception {
        HttpResponse<String> response = submit(BodyPublishers.ofByteArray(new byte[LIMIT + 1]));

        assertTooLarge(response);
    }

    @Test
    void streamedBodyOverTheLimitGets413Problem() throws Exception {
        byte[] body = new byte[LIMIT + 64 * 1024];
        HttpResponse<String> response = submit(BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));

        assertTooLarge(response);
    }

    @Test
    void bodyOfOneAndAHalfMegabytesIsForwardedWhole() throws Exception {
        int size = LIMIT * 3 / 4;
        HttpResponse<String> response = submit(BodyPublishers.ofByteArray(new byte[size]));

        assertThat(response.statusCode(), equalTo(200));
        assertThat(new JsonObject(response.body()).getLong("bodyBytes"), equalTo((long) size));
    }

    private HttpResponse<String> submit(BodyPublisher body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(reports)
                .header("Authorization", Callers.person("contributor"))
                .header("Content-Type", "application/json")
                .expectContinue(true)
                .POST(body)
                .build();
        return client.send(request, BodyHandlers.ofString());
    }

    private static void assertTooLarge(HttpResponse<String> response) {
        assertThat(response.statusCode(), equalTo(413));
        assertThat(response.headers().firstValue("Content-Type").orElse(""), equalTo("application/problem+json"));
        JsonObject problem = new JsonObject(response.body());
        assertThat(problem.getString("type"), equalTo("https://vigil.example/problems/payload-too-large"));
        assertThat(problem.getInteger("status"), equalTo(413));
        assertThat(problem.getString("detail"), containsString(Integer.toString(LIMIT)));
    }
}
