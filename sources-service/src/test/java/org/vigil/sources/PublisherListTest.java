package org.vigil.sources;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vigil.sources.SourceFixtures.*;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.vigil.testing.ArtemisTestResource;
import org.vigil.testing.OidcTestResource;

/** {@code GET /api/v1/publishers}: a list like every other, {@code {items, nextCursor}}, by domain. */
@QuarkusTest
@QuarkusTestResource(ArtemisTestResource.class)
@QuarkusTestResource(OidcTestResource.class)
class PublisherListTest {

    @Test
    void everyPublisherIsOnExactlyOnePageInDomainOrder() {
        for (int i = 0; i < 3; i++) {
            register(contributor(), source("https://listed-" + UUID.randomUUID() + ".example/a", unique(MUNICH)))
                    .statusCode(201);
        }
        List<String> domains = new ArrayList<>();
        String cursor = null;
        do {
            var request = given().auth().oauth2(contributor()).queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var page = request.when()
                    .get("/api/v1/publishers")
                    .then()
                    .statusCode(200)
                    .body("items.size()", lessThanOrEqualTo(2))
                    .extract()
                    .jsonPath();
            domains.addAll(page.getList("items.domain"));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        assertTrue(domains.size() >= 3);
        assertEquals(domains.stream().sorted().distinct().toList(), domains);
    }

    @Test
    void aFullPageLinksToTheNext() {
        register(contributor(), source("https://linked-" + UUID.randomUUID() + ".example/a", unique(MUNICH)))
                .statusCode(201);
        register(contributor(), source("https://linked-" + UUID.randomUUID() + ".example/a", unique(MUNICH)))
                .statusCode(201);
        String next = given().auth()
                .oauth2(contributor())
                .when()
                .get("/api/v1/publishers?limit=1")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .extract()
                .path("nextCursor");
        given().auth()
                .oauth2(contributor())
                .when()
                .get("/api/v1/publishers?limit=1")
                .then()
                .header("Link", equalTo("</api/v1/publishers?limit=1&cursor=" + next + ">; rel=\"next\""));
    }

    @Test
    void aBadLimitOrAnUnknownParameterIsA400NamingIt() {
        given().auth()
                .oauth2(contributor())
                .when()
                .get("/api/v1/publishers?limit=500&sort=name")
                .then()
                .statusCode(400)
                .body("errors.field", containsInAnyOrder("sort"));
        given().auth()
                .oauth2(contributor())
                .when()
                .get("/api/v1/publishers?limit=500")
                .then()
                .statusCode(400)
                .body("errors.field", containsInAnyOrder("limit"));
    }

    @Test
    void aForgedCursorIsA400NamingItEvenWhenItsTextHoldsANulByte() {
        // found by the input fuzzer: base64 of bytes ending in 0x00, which PostgreSQL refuses as text
        for (String forged : List.of("nJokwqCucEQA", "not a cursor!")) {
            given().auth()
                    .oauth2(contributor())
                    .queryParam("cursor", forged)
                    .when()
                    .get("/api/v1/publishers")
                    .then()
                    .statusCode(400)
                    .body("errors.field", containsInAnyOrder("cursor"));
        }
    }
}
