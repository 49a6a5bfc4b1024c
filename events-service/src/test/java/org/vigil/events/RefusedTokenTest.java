package org.vigil.events;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.vigil.testing.ArtemisTestResource;
import org.vigil.testing.OidcTestResource;

/** A token the service cannot verify while the identity provider answers is bad: 401 with a Bearer challenge. */
@QuarkusTest
@QuarkusTestResource(ArtemisTestResource.class)
@QuarkusTestResource(OidcTestResource.class)
class RefusedTokenTest {

    @Test
    void aGarbageTokenGets401WhileTheIdentityProviderAnswers() {
        given().header("Authorization", "Bearer garbage")
                .when()
                .get("/api/v1/changes")
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", "Bearer")
                .body("type", equalTo("https://vigil.example/problems/unauthorized"));
    }
}
