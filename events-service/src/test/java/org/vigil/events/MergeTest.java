package org.vigil.events;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
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
        merge(duplicate, survivor, UUID.randomUUID(), "same rally");
        readEvent(duplicate)
                .statusCode(301)
                .header("Location", equalTo("http://localhost:8080/api/v1/events/" + survivor))
                .body("mergedInto", equalTo(survivor.toString()));
    }

    @Test
    void aMergedEventLeavesTheListWhileTheSurvivorStays() {
        UUID survivor = published(existence("GB", "Manchester", "2026-01-18"));
        UUID duplicate = published(existence("GB", "Manchester", "2026-01-18", "Manchester rally"));
        merge(duplicate, survivor, UUID.randomUUID(), "same rally");
        readList("?country=GB&city=Manchester&limit=200")
                .statusCode(200)
                .body("items.id", hasItem(survivor.toString()))
                .body("items.findAll { it.id == '" + duplicate + "' }", empty());
    }

    @Test
    void theSurvivorKeepsItsTitleAndTakesTheDuplicatesVenue() {
        UUID survivor = published(existence("IE", "Cork", "2026-01-25", "Solidarity rally in Cork"));
        JsonObject atVenue = existence("IE", "Cork", "2026-01-25", "Rally on Grand Parade");
        atVenue.getJsonObject("place").put("venue", "Grand Parade").put("precision", "venue");
        UUID duplicate = published(atVenue);
        merge(duplicate, survivor, UUID.randomUUID(), "same rally");
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> readEvent(survivor)
                        .statusCode(200)
                        .body("title", equalTo("Solidarity rally in Cork"))
                        .body("place.venue", equalTo("Grand Parade"))
                        .body("place.precision", equalTo("venue")));
    }
}
