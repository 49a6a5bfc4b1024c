package org.vigil.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.vigil.gateway.standin.UpstreamStandIns;
import org.vigil.testing.OidcTestResource;

/** Public reads may be read from any origin, without credentials; nothing else may. */
@QuarkusTest
@QuarkusTestResource(OidcTestResource.class)
@QuarkusTestResource(UpstreamStandIns.class)
class CorsTest {

    private static final String ORIGIN = "https://newsroom.example";

    @Test
    void preflightForAPublicReadIsAnsweredWithoutAToken() {
        given().header("Origin", ORIGIN)
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "if-none-match")
                .when()
                .options("/api/v1/events")
                .then()
                .statusCode(204)
                .header("Access-Control-Allow-Origin", equalTo("*"))
                .header("Access-Control-Allow-Methods", equalTo("GET, HEAD"))
                .header("Access-Control-Allow-Headers", equalTo("if-none-match"))
                .header("Access-Control-Allow-Credentials", nullValue());
    }

    @Test
    void publicReadMayBeReadFromAnyOriginWithoutCredentials() {
        given().header("Origin", ORIGIN)
                .when()
                .get("/api/v1/events/6f1c2d9a-0000-4000-8000-000000000001")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("*"))
                .header("Access-Control-Expose-Headers", containsString("RateLimit"))
                .header("Access-Control-Allow-Credentials", nullValue());
    }

    @Test
    void preflightForAWriteIsNotAllowed() {
        given().header("Origin", ORIGIN)
                .header("Access-Control-Request-Method", "POST")
                .when()
                .options("/api/v1/events")
                .then()
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void theModerationQueueGetsNoCorsHeaders() {
        given().header("Origin", ORIGIN)
                .header("Authorization", Callers.person("moderator"))
                .when()
                .get("/api/v1/moderation/queue")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", nullValue());
    }
}
