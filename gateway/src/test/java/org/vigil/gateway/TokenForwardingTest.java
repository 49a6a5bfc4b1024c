package org.vigil.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vigil.gateway.standin.UpstreamStandIns;
import org.vigil.testing.OidcTestResource;

@QuarkusTest
@QuarkusTestResource(OidcTestResource.class)
@QuarkusTestResource(UpstreamStandIns.class)
class TokenForwardingTest {

    @Test
    void forwardsTheCallersAuthorizationHeaderUnchanged() {
        String caller = Callers.person("moderator");

        JsonPath echo = echoed(given().header("Authorization", caller), "/api/v1/moderation/queue");

        assertThat(echo.getString("authorization"), equalTo(caller));
    }

    @Test
    void forwardsTheGatewaysOwnTokenForAnonymousReads() {
        JsonPath echo = echoed(given(), "/api/v1/events/e1");

        JsonObject claims = claimsOf(echo.getString("authorization"));
        assertThat(claims.getString("azp"), equalTo("vigil-gateway"));
        assertThat(claims.getValue("aud").toString(), containsString("vigil-api"));
    }

    @Test
    void replacesAnAuthorizationHeaderTheGatewayDidNotAccept() {
        JsonPath echo = echoed(given().header("Authorization", "Basic dXNlcjpwYXNz"), "/api/v1/events");

        assertThat(claimsOf(echo.getString("authorization")).getString("azp"), equalTo("vigil-gateway"));
    }

    @Test
    void forwardsNoClientAddress() {
        JsonPath echo = echoed(
                given().header("X-Forwarded-For", "203.0.113.7")
                        .header("Forwarded", "for=203.0.113.7")
                        .header("X-Real-IP", "203.0.113.7")
                        .header("Via", "1.1 203.0.113.7"),
                "/api/v1/events");

        Map<String, Object> headers = echo.getMap("headers");
        assertNotPassedOn(headers, "x-forwarded-for", "forwarded", "x-real-ip", "via");
        assertThat(headers.toString(), not(containsString("203.0.113.7")));
        headers.remove("host");
        assertThat("the client's own address", headers.toString(), not(containsString("127.0.0.1")));
    }

    @Test
    void dropsHopByHopHeadersAndKeepsEndToEndOnes() {
        JsonPath echo = echoed(
                given().header("Connection", "X-Hop-Only")
                        .header("X-Hop-Only", "1")
                        .header("Proxy-Authorization", "Basic c2VjcmV0")
                        .header("TE", "trailers")
                        .header("X-Request-Id", "r-42"),
                "/api/v1/events");

        Map<String, Object> headers = echo.getMap("headers");
        assertNotPassedOn(headers, "x-hop-only", "proxy-authorization", "te");
        assertThat(headers, hasKey("x-request-id"));
    }

    /** What the stand-in service behind {@code path} saw of the {@code request} the gateway passed on. */
    private static JsonPath echoed(RequestSpecification request, String path) {
        return request.when().get(path).then().statusCode(200).extract().jsonPath();
    }

    private static void assertNotPassedOn(Map<String, Object> headers, String... names) {
        for (String name : names) {
            assertThat(headers, not(hasKey(name)));
        }
    }

    private static JsonObject claimsOf(String authorization) {
        String payload = authorization.substring("Bearer ".length()).split("\\.")[1];
        return new JsonObject(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
    }
}
