package org.vigil.events;

import static io.restassured.RestAssured.given;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.vigil.testing.ArtemisTestResource;
import org.vigil.testing.OidcTestResource;

/**
 * A token verified once is remembered (service-support identity/VerifiedTokens), but only that exact token: one
 * changed byte is verified afresh, and refused.
 */
@QuarkusTest
@QuarkusTestResource(ArtemisTestResource.class)
@QuarkusTestResource(OidcTestResource.class)
class VerifiedTokensTest {

    @Test
    void aTokenAcceptedBeforeIsAcceptedAgain() {
        String token = RecordFixtures.reader();
        given().auth().oauth2(token).when().get("/api/v1/stats/summary").then().statusCode(200);
        given().auth().oauth2(token).when().get("/api/v1/stats/summary").then().statusCode(200);
    }

    @Test
    void aRememberedTokenWithOneSignatureByteChangedIsRefused() {
        String token = RecordFixtures.reader();
        given().auth().oauth2(token).when().get("/api/v1/stats/summary").then().statusCode(200);
        char last = token.charAt(token.length() - 2);
        String forged =
                token.substring(0, token.length() - 2) + (last == 'A' ? 'B' : 'A') + token.charAt(token.length() - 1);
        given().auth().oauth2(forged).when().get("/api/v1/stats/summary").then().statusCode(401);
    }

    @Test
    void aRememberedTokenWithItsClaimsChangedIsRefused() {
        String token = RecordFixtures.reader();
        given().auth().oauth2(token).when().get("/api/v1/stats/summary").then().statusCode(200);
        String[] parts = token.split("\\.");
        String claims = new String(java.util.Base64.getUrlDecoder().decode(parts[1]));
        String widened = java.util.Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(claims.replace("\"gateway\"", "\"admin\"").getBytes());
        given().auth()
                .oauth2(parts[0] + "." + widened + "." + parts[2])
                .when()
                .get("/api/v1/stats/summary")
                .then()
                .statusCode(401);
    }
}
