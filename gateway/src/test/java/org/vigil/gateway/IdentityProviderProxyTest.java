package org.vigil.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.vigil.gateway.standin.UpstreamStandIns;
import org.vigil.testing.OidcTestResource;

/** {@code /auth/*} reaches Keycloak (here a stand-in) without the client's address, and never its administration. */
@QuarkusTest
@QuarkusTestResource(OidcTestResource.class)
@QuarkusTestResource(UpstreamStandIns.class)
class IdentityProviderProxyTest {

    @Test
    void authPathReachesTheIdentityProviderWithoutItsPrefix() {
        given().when()
                .get("/auth/realms/vigil/.well-known/openid-configuration")
                .then()
                .statusCode(200)
                .body("service", equalTo("keycloak"))
                .body("path", equalTo("/realms/vigil/.well-known/openid-configuration"));
    }

    @Test
    void identityProviderNeverLearnsTheClientsAddress() {
        given().header("X-Forwarded-For", "203.0.113.77")
                .header("Forwarded", "for=203.0.113.77")
                .header("X-Real-IP", "203.0.113.77")
                .when()
                .get("/auth/realms/vigil/protocol/openid-connect/auth")
                .then()
                .statusCode(200)
                .body("headers", not(hasKey("x-forwarded-for")))
                .body("headers", not(hasKey("forwarded")))
                .body("headers", not(hasKey("x-real-ip")));
    }

    @Test
    void adminConsoleIsNotServed() {
        given().when().get("/auth/admin/master/console/").then().statusCode(404);
    }

    @Test
    void masterRealmIsNotServed() {
        given().when()
                .get("/auth/realms/master/protocol/openid-connect/auth")
                .then()
                .statusCode(404);
    }
}
