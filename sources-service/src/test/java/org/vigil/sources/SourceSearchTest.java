package org.vigil.sources;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.vigil.sources.SourceFixtures.*;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.vigil.testing.ArtemisTestResource;
import org.vigil.testing.OidcTestResource;

/**
 * {@code GET /api/v1/sources?q=}: the registered sources a contributor may pick to cite, found by
 * their title, address or publisher, newest first, a list like every other.
 */
@QuarkusTest
@QuarkusTestResource(ArtemisTestResource.class)
@QuarkusTestResource(OidcTestResource.class)
class SourceSearchTest {

    /** A word no other test's source carries, so each test sees only its own sources. */
    private static String word() {
        return "w" + UUID.randomUUID().toString().replace("-", "");
    }

    private static String registerTitled(String url, String title, String publisher) {
        return register(
                        contributor(),
                        source(url, unique(MUNICH)).put("title", title).put("publisher", publisher))
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** {@code GET /api/v1/sources?q=} with the holder of {@code token} asking. */
    private static ValidatableResponse search(String token, String q) {
        return given().auth()
                .oauth2(token)
                .queryParam("q", q)
                .when()
                .get("/api/v1/sources")
                .then();
    }

    @Test
    void everyWordMustOccurInTheTitleTheAddressOrThePublisher() {
        String word = word();
        String byTitle = registerTitled("https://t-" + word + ".example/a", "Rally in MUNICH " + word, "Some Paper");
        String byAddress = registerTitled("https://munich.example/" + word, "Another report", "Munich Daily");
        registerTitled("https://berlin.example/" + word, "Rally in Berlin", "Berlin Daily");
        search(contributor(), "munich " + word.toUpperCase())
                .statusCode(200)
                .body("items.id", containsInAnyOrder(byTitle, byAddress))
                .body("nextCursor", nullValue());
    }

    @Test
    void aPublishersNameFindsItsSources() {
        String word = word();
        // a domain of its own: a publisher is known by its domain, and the first name given for it stays
        String id = registerTitled("https://radio-" + UUID.randomUUID() + ".example/", "Untitled", "Radio " + word);
        search(moderator(), word)
                .statusCode(200)
                .body("items.id", contains(id))
                .body("items[0].publisher.name", equalTo("Radio " + word));
    }

    @Test
    void patternCharactersAreMatchedLiterally() {
        String word = word();
        String literal = registerTitled("https://p-" + word + ".example/a", "100% " + word, "Paper");
        registerTitled("https://q-" + word + ".example/a", "1000 " + word, "Paper");
        search(contributor(), "0% " + word).statusCode(200).body("items.id", contains(literal));
    }

    @Test
    void everyMatchIsOnExactlyOnePageNewestFirstWithALinkToTheNext() {
        String word = word();
        List<String> registered = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            registered.add(0, registerTitled("https://page-" + i + "-" + word + ".example/a", word, "Paper"));
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            var request =
                    given().auth().oauth2(contributor()).queryParam("q", word).queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var answer = request.when().get("/api/v1/sources").then().statusCode(200);
            var page = answer.extract().jsonPath();
            seen.addAll(page.getList("items.id"));
            cursor = page.getString("nextCursor");
            if (cursor != null) {
                answer.header(
                        "Link",
                        equalTo("</api/v1/sources?q=" + word + "&limit=2&cursor=" + cursor + ">; rel=\"next\""));
            }
        } while (cursor != null);
        assertEquals(registered, seen);
    }

    @Test
    void aListedSourceNamesNoSupplierAndNoText() {
        String word = word();
        registerTitled("https://s-" + word + ".example/a", word, "Paper");
        search(moderator(), word)
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].keySet()", not(hasItem("versions")))
                .body("items[0].keySet()", not(hasItem("text")))
                .body("items[0].keySet()", not(hasItem("suppliedBy")))
                .body("items[0].keySet()", not(hasItem("quotes")))
                .body("items[0].title", equalTo(word))
                .body("items[0].status", equalTo("available"));
    }

    @Test
    void onlyContributorsAndModeratorsMaySearch() {
        given().when().get("/api/v1/sources?q=munich").then().statusCode(401);
        search(admin(), "munich").statusCode(403);
        search(gateway(), "munich").statusCode(403);
    }

    @Test
    void anOverlongSearchIsA400NamingIt() {
        search(contributor(), "x".repeat(201)).statusCode(400).body("errors.field", contains("q"));
    }

    @Test
    void aForgedCursorIsA400NamingIt() {
        given().auth()
                .oauth2(contributor())
                .when()
                .get("/api/v1/sources?cursor=forged")
                .then()
                .statusCode(400)
                .body("errors.field", contains("cursor"));
    }
}
