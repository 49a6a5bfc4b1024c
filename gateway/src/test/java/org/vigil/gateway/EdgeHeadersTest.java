package org.vigil.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.vigil.gateway.standin.UpstreamStandIns;
import org.vigil.testing.OidcTestResource;

/** Every answer of the edge carries the security headers, whoever wrote it. */
@QuarkusTest
@QuarkusTestResource(OidcTestResource.class)
@QuarkusTestResource(UpstreamStandIns.class)
class EdgeHeadersTest {

    @Test
    void aServicesAnswerCarriesTheSecurityHeaders() {
        expectSecurityHeaders(given().when().get("/api/v1/events").then().statusCode(200));
    }

    @Test
    void aRefusedTokenCarriesTheSecurityHeaders() {
        expectSecurityHeaders(given().header("Authorization", "Bearer not-a-token")
                .when()
                .get("/api/v1/moderation/queue")
                .then()
                .statusCode(401));
    }

    @Test
    void anUnknownPathCarriesTheSecurityHeaders() {
        given().when()
                .get("/api/v1/no-such-thing")
                .then()
                // without a token an unknown API path is refused before it is looked up
                .statusCode(401)
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Referrer-Policy", equalTo("no-referrer"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"));
    }

    @Test
    void plainHttpGetsNoStrictTransportSecurity() {
        given().when().get("/api/v1/events").then().header("Strict-Transport-Security", nullValue());
    }

    private static void expectSecurityHeaders(ValidatableResponse response) {
        response.header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Referrer-Policy", equalTo("no-referrer"))
                .header("Content-Security-Policy", equalTo("frame-ancestors 'none'"));
    }
}
