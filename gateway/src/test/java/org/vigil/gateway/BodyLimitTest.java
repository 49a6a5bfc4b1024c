package org.vigil.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.vigil.gateway.standin.UpstreamStandIns;
import org.vigil.testing.OidcTestResource;

/** The 8 MiB limit of {@code quarkus.http.limits.max-body-size}: a 6 MiB source text fits, more is refused. */
@QuarkusTest
@QuarkusTestResource(OidcTestResource.class)
@QuarkusTestResource(UpstreamStandIns.class)
class BodyLimitTest {

    private static final int LIMIT = 8 * 1024 * 1024;

    @TestHTTPResource("/")
    URI gateway;

    @Test
    void announcedBodyOverTheLimitGets413ProblemBeforeItIsSent() throws Exception {
        RawHttp.Answer answer =
                RawHttp.exchange(gateway, head("Content-Length: " + (LIMIT + 1), "Expect: 100-continue"));

        assertTooLarge(answer);
    }

    @Test
    void chunkedBodyOverTheLimitGets413ProblemWhileItStreams() throws Exception {
        byte[][] chunks = new byte[LIMIT / (64 * 1024) + 1][];
        for (int i = 0; i < chunks.length; i++) {
            chunks[i] = RawHttp.chunk(64 * 1024);
        }

        RawHttp.Answer answer = RawHttp.exchange(gateway, head("Transfer-Encoding: chunked"), chunks);

        assertTooLarge(answer);
    }

    @Test
    void clientThatWritesItsWholeBodyBeforeReadingStillSees413() throws Exception {
        int size = LIMIT + 1024 * 1024;

        RawHttp.Answer answer = RawHttp.exchange(gateway, head("Content-Length: " + size), new byte[size]);

        assertTooLarge(answer);
    }

    @Test
    void bodyOfOneAndAHalfMegabytesIsForwardedWhole() {
        int size = LIMIT * 3 / 4;

        given().header("Authorization", Callers.person("contributor"))
                .contentType("application/json")
                .body(new byte[size])
                .when()
                .post("/api/v1/reports")
                .then()
                .statusCode(200)
                .body("bodyBytes", equalTo(size));
    }

    private static String head(String... framing) {
        return "POST /api/v1/reports HTTP/1.1\n"
                + "Host: localhost\n"
                + "Authorization: " + Callers.person("contributor") + "\n"
                + "Content-Type: application/json\n"
                + String.join("\n", framing) + "\n";
    }

    private static void assertTooLarge(RawHttp.Answer answer) {
        assertThat(answer.status(), equalTo(413));
        assertThat(answer.header("Content-Type"), equalTo("application/problem+json"));
        JsonObject problem = new JsonObject(answer.body());
        assertThat(problem.getString("type"), equalTo("https://vigil.example/problems/payload-too-large"));
        assertThat(problem.getInteger("status"), equalTo(413));
        assertThat(problem.getString("detail"), containsString(Integer.toString(LIMIT)));
    }
}
