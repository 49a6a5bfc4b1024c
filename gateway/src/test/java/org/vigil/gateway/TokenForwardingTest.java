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
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
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

        JsonPath echo = given().header("Authorization", caller)
                .when()
                .get("/api/v1/moderation/queue")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        assertThat(echo.getString("authorization"), equalTo(caller));
    }

    @Test
    void forwardsTheGatewaysOwnTokenForAnonymousReads() {
        JsonPath echo = given().when()
                .get("/api/v1/events/e1")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        JsonObject claims = claimsOf(echo.getString("authorization"));
        assertThat(claims.getString("azp"), equalTo("vigil-gateway"));
        assertThat(claims.getValue("aud").toString(), containsString("vigil-api"));
    }

    @Test
    void replacesAnAuthorizationHeaderTheGatewayDidNotAccept() {
        JsonPath echo = given().header("Authorization", "Basic dXNlcjpwYXNz")
                .when()
                .get("/api/v1/events")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        assertThat(claimsOf(echo.getString("authorization")).getString("azp"), equalTo("vigil-gateway"));
    }

    @Test
    void forwardsNoClientAddress() {
        JsonPath echo = given().header("X-Forwarded-For", "203.0.113.7")
                .header("Forwarded", "for=203.0.113.7")
                .header("X-Real-IP", "203.0.113.7")
                .header("Via", "1.1 203.0.113.7")
                .when()
                .get("/api/v1/events")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        Map<String, Object> headers = echo.getMap("headers");
        for (String name : List.of("x-forwarded-for", "forwarded", "x-real-ip", "via")) {
            assertThat(headers, not(hasKey(name)));
        }
        assertThat(headers.toString(), not(containsString("203.0.113.7")));
        headers.remove("host");
        assertThat("the client's own address", headers.toString(), not(containsString("127.0.0.1")));
    }

    @Test
    void dropsHopByHopHeadersAndKeepsEndToEndOnes() {
        JsonPath echo = given().header("Connection", "X-Hop-Only")
                .header("X-Hop-Only", "1")
                .header("Proxy-Authorization", "Basic c2VjcmV0")
                .header("TE", "trailers")
                .header("X-Request-Id", "r-42")
                .when()
                .get("/api/v1/events")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        Map<String, Object> headers = echo.getMap("headers");
        for (String name : List.of("x-hop-only", "proxy-authorization", "te")) {
            assertThat(headers, not(hasKey(name)));
        }
        assertThat(headers, hasKey("x-request-id"));
    }

    private static JsonObject claimsOf(String authorization) {
        String payload = authorization.substring("Bearer ".length()).split("\\.")[1];
        return new JsonObject(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
    }
}
