package org.vigil.sources;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.vigil.sources.SourceFixtures.MUNICH;
import static org.vigil.sources.SourceFixtures.contributor;
import static org.vigil.sources.SourceFixtures.register;
import static org.vigil.sources.SourceFixtures.source;
import static org.vigil.sources.SourceFixtures.unique;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.vertx.core.json.JsonObject;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.vigil.testing.ArtemisTestResource;
import org.vigil.testing.OidcTestResource;
import org.vigil.testing.TestIdentityProvider;

@QuarkusTest
@QuarkusTestResource(ArtemisTestResource.class)
@QuarkusTestResource(OidcTestResource.class)
class SourceIdempotencyTest {

    static ValidatableResponse registerWithKey(String token, String key, JsonObject source) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(source.encode())
                .when()
                .post("/api/v1/sources")
                .then();
    }

    static String newUrl() {
        return "https://www.example.org/news/" + UUID.randomUUID();
    }

    @Test
    void aRetryWithTheSameKeyGetsTheFirstAnswerWithItsStatusAndLocation() {
        String key = UUID.randomUUID().toString();
        JsonObject source = source(newUrl(), unique(MUNICH));
        ExtractableResponse<Response> first =
                registerWithKey(contributor(), key, source).statusCode(201).extract();
        ExtractableResponse<Response> retry = registerWithKey(contributor(), key, source)
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .extract();
        assertEquals(first.asString(), retry.asString());
        assertEquals(first.header("Location"), retry.header("Location"));
    }

    @Test
    void theSameKeyWithAnotherSourceIsA422AndRegistersNothing() {
        String key = UUID.randomUUID().toString();
        String url = newUrl();
        registerWithKey(contributor(), key, source(url, unique(MUNICH))).statusCode(201);
        String otherText = unique(MUNICH);
        registerWithKey(contributor(), key, source(url, otherText))
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://vigil.example/problems/idempotency-key-reused"));
        register(contributor(), source(url, otherText)).statusCode(201).body("version", equalTo(2));
    }

    @Test
    void anotherCallerMayUseTheSameKey() {
        String key = UUID.randomUUID().toString();
        registerWithKey(contributor(), key, source(newUrl(), unique(MUNICH))).statusCode(201);
        registerWithKey(
                        TestIdentityProvider.start().userToken("contributor2", "contributor"),
                        key,
                        source(newUrl(), unique(MUNICH)))
                .statusCode(201);
    }
}
