package org.vigil.sources;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.vigil.sources.SourceFixtures.*;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.vigil.testing.ArtemisTestResource;
import org.vigil.testing.OidcTestResource;

/** Every bad input is a 400 (or 415) problem that changes nothing (docs/product.md §6). */
@QuarkusTest
@QuarkusTestResource(ArtemisTestResource.class)
@QuarkusTestResource(OidcTestResource.class)
class InputValidationTest {

    private static String url() {
        return "https://input.example/" + UUID.randomUUID();
    }

    /** Posts the body exactly as written: JSON escapes reach the server unparsed. */
    private static ValidatableResponse postRaw(String body) {
        return given().auth()
                .oauth2(contributor())
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/sources")
                .then();
    }

    private static ValidatableResponse refused(ValidatableResponse response, String field) {
        return response.statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors.field", hasItem(field));
    }

    @Test
    void aNulCharacterInATextIs400() {
        refused(postRaw("{\"url\": \"" + url() + "\", \"text\": \"a\\u0000b\"}"), "text");
    }

    @Test
    void anUnpairedSurrogateInATextIs400() {
        refused(postRaw("{\"url\": \"" + url() + "\", \"text\": \"a\\ud800b\"}"), "text");
    }

    @Test
    void aNumberWhereAStringBelongsIs400() {
        refused(postRaw("{\"url\": \"" + url() + "\", \"title\": 42, \"text\": \"a text\"}"), "title");
    }

    @Test
    void bytesAfterTheJsonAre400() {
        postRaw("{\"url\": \"" + url() + "\", \"text\": \"a text\"} {\"url\": \"https://other.example/\"}")
                .statusCode(400)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void aLanguageThatIsNoBcp47TagIs400() {
        refused(register(contributor(), source(url(), unique("a text")).put("language", "English!")), "language");
    }

    @Test
    void aBcp47LanguageTagIsAccepted() {
        register(contributor(), source(url(), unique("a text")).put("language", "fa-IR"))
                .statusCode(201);
    }

    @Test
    void aPublicationDateThatIsNoDateIs400() {
        refused(
                register(contributor(), source(url(), unique("a text")).put("publishedAt", "last Tuesday")),
                "publishedAt");
    }

    @Test
    void aBodyWithoutContentTypeIs415() {
        given().auth()
                .oauth2(contributor())
                .body(source(url(), unique("a text")).encode().getBytes())
                .when()
                .post("/api/v1/sources")
                .then()
                .statusCode(415)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void aNulCharacterInAQueryParameterIs400() {
        String id = registerNew(url(), unique("a text"));

        given().auth()
                .oauth2(moderator())
                .urlEncodingEnabled(false)
                .when()
                .get("/api/v1/sources/" + id + "?version=1%00")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("version"));
    }

    @Test
    void aVersionThatIsNoNumberIs400() {
        String id = registerNew(url(), unique("a text"));

        given().auth()
                .oauth2(moderator())
                .when()
                .get("/api/v1/sources/" + id + "?version=latest")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("version"));
    }

    @Test
    void aRefusedSourceIsNotRegistered() {
        String url = url();
        refused(postRaw("{\"url\": \"" + url + "\", \"text\": \"a\\u0000b\"}"), "text");

        register(contributor(), source(url, unique("a text"))).statusCode(201).body("version", equalTo(1));
    }
}
