package org.vigil.events;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.vigil.events.RecordFixtures.reader;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.vigil.testing.ArtemisTestResource;
import org.vigil.testing.OidcTestResource;

/** Bad query parameters are a 400 problem naming the parameter, never a database error (docs/product.md §6). */
@QuarkusTest
@QuarkusTestResource(ArtemisTestResource.class)
@QuarkusTestResource(OidcTestResource.class)
class InputValidationTest {

    /** Sends the query string as written, percent-escapes included. */
    private static ValidatableResponse list(String query) {
        return given().auth()
                .oauth2(reader())
                .urlEncodingEnabled(false)
                .when()
                .get("/api/v1/events?" + query)
                .then();
    }

    private static void refused(ValidatableResponse response, String field) {
        response.statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors.field", hasItem(field));
    }

    @Test
    void aNulCharacterInTheSearchIs400() {
        refused(list("q=a%00b"), "q");
    }

    @Test
    void aLoneSurrogateInTheSearchIs400() {
        refused(list("q=a%ED%A0%80b"), "q");
    }

    @Test
    void aBoundingBoxOfNaNIs400() {
        refused(list("bbox=NaN,NaN,NaN,NaN"), "bbox");
    }

    @Test
    void anInfiniteBoundingBoxIs400() {
        refused(list("bbox=-Infinity,-90,Infinity,90"), "bbox");
    }
}
