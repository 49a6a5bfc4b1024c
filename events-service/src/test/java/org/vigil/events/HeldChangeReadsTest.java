package org.vigil.events;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vigil.events.RecordFixtures.*;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.vigil.events.query.FeedWaits;
import org.vigil.testing.ArtemisTestResource;
import org.vigil.testing.OidcTestResource;

/**
 * {@code GET /api/v1/changes?wait=…}: a partner at the end of the feed is answered when the next change
 * commits, not when it asks again. Where a test bounds how long an answer may take, the bound only tells
 * "woken by the commit" from "answered when its wait of 15 s ended"; it is no performance figure.
 */
@QuarkusTest
@QuarkusTestResource(ArtemisTestResource.class)
@QuarkusTestResource(OidcTestResource.class)
class HeldChangeReadsTest {

    /** Shorter than the 15 s a held read waits at most: an answer within it did not wait to the end. */
    private static final long BEFORE_THE_WAIT_ENDS = 10;

    @Inject
    FeedWaits waits;

    private static CompletableFuture<JsonPath> heldRead(String cursor, int seconds) {
        return CompletableFuture.supplyAsync(() -> feed(cursor, seconds));
    }

    @Test
    void aReadWithChangesAfterItsCursorIsAnsweredWithoutWaiting() throws Exception {
        String before = feedEnd();
        UUID event = published(existence("FR", "Lyon", "2026-01-17"));

        JsonPath page = heldRead(before, 15).get(BEFORE_THE_WAIT_ENDS, TimeUnit.SECONDS);

        // other test classes' messages may still be landing: the page holds this event's change, not only it
        assertEquals("created", page.getString("items.find { it.eventId == '" + event + "' }.type"));
    }

    @Test
    void aHeldReadIsAnsweredWhenAChangeCommits() throws Exception {
        String end = feedEnd();
        CompletableFuture<JsonPath> read = heldRead(end, 15);
        await().atMost(Duration.ofSeconds(10)).until(() -> waits.waiting() > 0);
        assertFalse(read.isDone());

        UUID event = UUID.randomUUID();
        send(claimApproved(event, UUID.randomUUID(), "existence", existence("BE", "Ghent", "2026-01-18")));
        JsonPath page = read.get(BEFORE_THE_WAIT_ENDS, TimeUnit.SECONDS);

        assertTrue(page.getList("items.eventId", String.class).contains(event.toString()), page.prettify());
    }

    @Test
    void aHeldReadThatSeesNoChangeIsAnsweredEmptyWhenItsWaitEnds() {
        String end = feedEnd();

        asFeedReader()
                .queryParam("cursor", end)
                .queryParam("wait", 1)
                .when()
                .get("/api/v1/changes")
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(0))
                .body("nextCursor", nullValue());
    }

    @Test
    void aWaitThatIsNotWholeSecondsFromZeroToFifteenIsA400() {
        for (String wait : List.of("16", "-1", "soon", "1.5")) {
            asFeedReader()
                    .queryParam("wait", wait)
                    .when()
                    .get("/api/v1/changes")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("wait"));
        }
    }

    @Test
    void aHeldReadBeyondThePlacesIsA503ToRetry() {
        int taken = 0;
        while (waits.hold()) {
            taken++;
        }
        try {
            asFeedReader()
                    .queryParam("wait", 5)
                    .when()
                    .get("/api/v1/changes")
                    .then()
                    .statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", notNullValue());
            asFeedReader().when().get("/api/v1/changes").then().statusCode(200);
        } finally {
            for (int place = 0; place < taken; place++) {
                waits.release();
            }
        }
    }
}
