package org.vigil.events;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.vigil.events.RecordFixtures.*;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.vigil.testing.ArtemisTestResource;
import org.vigil.testing.OidcTestResource;

/** A merge as the public sees it: the duplicate points at the survivor, which keeps its facts. */
@QuarkusTest
@QuarkusTestResource(ArtemisTestResource.class)
@QuarkusTestResource(OidcTestResource.class)
class MergeTest {

    @Test
    void aMergedEventRedirectsToTheSurvivorsPublicUrl() {
        UUID survivor = published(existence("IE", "Dublin", "2026-01-18"));
        UUID duplicate = published(existence("IE", "Dublin", "2026-01-18", "Dublin rally"));
        send(eventsMerged(duplicate, survivor, UUID.randomUUID(), "same rally"));
        awaitStatus(duplicate, 301);
        given().auth()
                .oauth2(reader())
                .redirects()
                .follow(false)
                .when()
                .get("/api/v1/events/" + duplicate)
                .then()
                .statusCode(301)
                .header("Location", equalTo("http://localhost:8080/api/v1/events/" + survivor));
    }

    @Test
    void theSurvivorKeepsItsTitleAndTakesTheDuplicatesVenue() {
        UUID survivor = published(existence("IE", "Cork", "2026-01-25", "Solidarity rally in Cork"));
        JsonObject atVenue = existence("IE", "Cork", "2026-01-25", "Rally on Grand Parade");
        atVenue.getJsonObject("place").put("venue", "Grand Parade").put("precision", "venue");
        UUID duplicate = published(atVenue);
        send(eventsMerged(duplicate, survivor, UUID.randomUUID(), "same rally"));
        awaitStatus(duplicate, 301);
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().auth()
                        .oauth2(reader())
                        .when()
                        .get("/api/v1/events/" + survivor)
                        .then()
                        .statusCode(200)
                        .body("title", equalTo("Solidarity rally in Cork"))
                        .body("place.venue", equalTo("Grand Parade"))
                        .body("place.precision", equalTo("venue")));
    }
}
