package org.vigil.events;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.vigil.events.RecordFixtures.*;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.vigil.testing.ArtemisTestResource;
import org.vigil.testing.OidcTestResource;

/** What every list of the record shares: the limit, the next link, and entity tags. */
@QuarkusTest
@QuarkusTestResource(ArtemisTestResource.class)
@QuarkusTestResource(OidcTestResource.class)
class ListContractTest {

    @Test
    void aLimitAboveTwoHundredOrNotANumberIsA400() {
        for (String limit : new String[] {"201", "0", "ten"}) {
            asReader()
                    .queryParam("limit", limit)
                    .when()
                    .get("/api/v1/events")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", containsInAnyOrder("limit"));
        }
    }

    @Test
    void aFullPageLinksToTheNextKeepingTheOtherParameters() {
        published(existence("AU", "Sydney", "2026-01-10"));
        published(existence("AU", "Melbourne", "2026-01-11"));
        String next = readList("?country=AU&limit=1")
                .statusCode(200)
                .body("items", hasSize(1))
                .extract()
                .path("nextCursor");
        assertEquals(
                List.of("</api/v1/events?country=AU&limit=1&cursor=" + next + ">; rel=\"next\""),
                pageLinks(readList("?country=AU&limit=1")));
    }

    @Test
    void theLastPageHasNoLink() {
        published(existence("JP", "Tokyo", "2026-01-10"));
        assertEquals(
                List.of(), pageLinks(readList("?country=JP").statusCode(200).body("nextCursor", nullValue())));
    }

    @Test
    void anUnchangedListAnswers304ToItsETag() {
        published(existence("KR", "Seoul", "2026-01-10"));
        String tag = readList("?country=KR")
                .statusCode(200)
                .header("ETag", startsWith("W/\""))
                .extract()
                .header("ETag");
        asReader()
                .header("If-None-Match", tag)
                .when()
                .get("/api/v1/events?country=KR")
                .then()
                .statusCode(304)
                .header("ETag", equalTo(tag));
    }

    @Test
    void aChangedListAnswersInFullWithAnotherETag() {
        published(existence("BR", "São Paulo", "2026-01-10"));
        String tag = readList("?country=BR").statusCode(200).extract().header("ETag");
        published(existence("BR", "Rio de Janeiro", "2026-01-11"));
        asReader()
                .header("If-None-Match", tag)
                .when()
                .get("/api/v1/events?country=BR")
                .then()
                .statusCode(200)
                .body("items", hasSize(2))
                .header("ETag", notNullValue());
    }

    @Test
    void anUnchangedEventAnswers304ToItsETag() {
        UUID event = published(existence("MX", "Mexico City", "2026-01-10"));
        String tag = readEvent(event).statusCode(200).extract().header("ETag");
        asReader()
                .header("If-None-Match", tag)
                .when()
                .get("/api/v1/events/" + event)
                .then()
                .statusCode(304);
        asReader()
                .header("If-None-Match", tag)
                .when()
                .get("/api/v1/events/" + event + "/history")
                .then()
                .statusCode(200);
    }
}
