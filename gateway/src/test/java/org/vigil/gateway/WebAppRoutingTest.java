package org.vigil.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vigil.gateway.standin.UpstreamStandIns;
import org.vigil.testing.OidcTestResource;

/** Every path outside /api and /q is the web app's; the gateway forwards it unchanged. */
@QuarkusTest
@QuarkusTestResource(OidcTestResource.class)
@QuarkusTestResource(UpstreamStandIns.class)
class WebAppRoutingTest {

    @ParameterizedTest(name = "{0} goes to the web app")
    @ValueSource(
            strings = {
                "/",
                "/events/e1",
                "/assets/map.js",
                "/language/fa",
                "/apis",
                "/quiet",
                "/problems/",
                "/problems/not-found"
            })
    void pathsOutsideTheApiGoToTheWebApp(String path) {
        given().when()
                .get(path)
                .then()
                .statusCode(200)
                .body("service", equalTo("web"))
                .body("path", equalTo(path));
    }

    @Test
    void theQueryGoesWithIt() {
        given().urlEncodingEnabled(false)
                .when()
                .get("/?country=DE&q=M%C3%BCnchen")
                .then()
                .statusCode(200)
                .body("path", equalTo("/?country=DE&q=M%C3%BCnchen"));
    }

    @Test
    void noTokenAndNoClientAddressReachTheWebApp() {
        given().header("X-Forwarded-For", "203.0.113.7")
                .when()
                .get("/events/e1")
                .then()
                .statusCode(200)
                .body("authorization", nullValue())
                .body("headers.x-forwarded-for", nullValue());
    }

    @Test
    void theApiStaysWithTheServices() {
        given().header("Authorization", Callers.allowedEverything())
                .when()
                .get("/api/v1/events")
                .then()
                .statusCode(200)
                .body("service", not(equalTo("web")));
    }
}
