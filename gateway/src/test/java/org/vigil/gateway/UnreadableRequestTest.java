package org.vigil.gateway;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.equalToIgnoringCase;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.vigil.gateway.standin.UpstreamStandIns;
import org.vigil.testing.OidcTestResource;

/**
 * A request head Vert.x cannot read never reaches the router; it is still answered as a problem,
 * with the edge's headers, and its connection closed: a request line over 4,096 bytes is 414,
 * headers over 20 KiB are 431, a head Vert.x cannot decode (a header name with a space) is 400. A
 * path the router cannot percent-decode is a 400 problem too.
 */
@QuarkusTest
@QuarkusTestResource(OidcTestResource.class)
@QuarkusTestResource(UpstreamStandIns.class)
class UnreadableRequestTest {

    @TestHTTPResource("/")
    URI gateway;

    @Test
    void aRequestLineOverTheLimitIs414Problem() throws Exception {
        RawHttp.Answer answer =
                RawHttp.exchange(gateway, "GET /api/v1/events?q=" + "a".repeat(5000) + " HTTP/1.1\nHost: gateway\n");

        assertProblem(answer, 414, "uri-too-long");
    }

    @Test
    void headerFieldsOverTheLimitAre431Problem() throws Exception {
        RawHttp.Answer answer = RawHttp.exchange(
                gateway, "GET /api/v1/events HTTP/1.1\nHost: gateway\nX-Filler: " + "b".repeat(25_000) + "\n");

        assertProblem(answer, 431, "header-fields-too-large");
    }

    @Test
    void aHeadVertxCannotDecodeIs400Problem() throws Exception {
        RawHttp.Answer answer =
                RawHttp.exchange(gateway, "GET /api/v1/events HTTP/1.1\nHost: gateway\nBad Header: x\n");

        assertProblem(answer, 400, "bad-request");
    }

    @Test
    void aPathThatCannotBePercentDecodedIs400Problem() throws Exception {
        RawHttp.Answer answer =
                RawHttp.exchange(gateway, "GET /api/v1/ev%zzents HTTP/1.1\nHost: gateway\nConnection: close\n");

        assertProblem(answer, 400, "bad-request");
    }

    @Test
    void aLaterHeadOnTheConnectionWithABadPercentEncodingIs400ProblemToo() throws Exception {
        RawHttp.Answer answer = RawHttp.exchange(
                gateway,
                "GET /api/v1/events HTTP/1.1\nHost: gateway\n\nGET /api/v1/ev%zzents HTTP/1.1\nHost: gateway\n");

        assertThat(answer.status(), equalTo(200));
        assertThat(answer.body(), containsString("HTTP/1.1 400"));
        assertThat(answer.body(), containsString("application/problem+json"));
        assertThat(answer.body(), containsString("https://vigil.example/problems/bad-request"));
    }

    private static void assertProblem(RawHttp.Answer answer, int status, String slug) {
        assertThat(answer.status(), equalTo(status));
        assertThat(answer.header("Content-Type"), equalTo("application/problem+json"));
        assertThat(answer.header("X-Content-Type-Options"), equalTo("nosniff"));
        assertThat(answer.header("Connection"), equalToIgnoringCase("close"));
        JsonObject problem = new JsonObject(answer.body());
        assertThat(problem.getString("type"), equalTo("https://vigil.example/problems/" + slug));
        assertThat(problem.getInteger("status"), equalTo(status));
    }
}
