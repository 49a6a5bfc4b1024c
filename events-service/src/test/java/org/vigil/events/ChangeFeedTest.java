package org.vigil.events;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vigil.events.RecordFixtures.*;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.vigil.identity.Scopes;
import org.vigil.testing.ArtemisTestResource;
import org.vigil.testing.OidcTestResource;
import org.vigil.testing.TestIdentityProvider;

/** {@code GET /api/v1/changes}: the partners' change feed. */
@QuarkusTest
@QuarkusTestResource(ArtemisTestResource.class)
@QuarkusTestResource(OidcTestResource.class)
class ChangeFeedTest {

    private static final Set<String> ENTRY_FIELDS = Set.of(
            "position",
            "eventId",
            "type",
            "change",
            "field",
            "claimId",
            "decisionIds",
            "revision",
            "at",
            "diff",
            "cursor",
            "reason",
            "mergedInto",
            "mergedFrom",
            "publisherId",
            "publisher",
            "rating");

    /** Every entry since {@code cursor} that concerns one of {@code events}. */
    private static List<Map<String, Object>> entriesSince(String cursor, UUID... events) {
        Set<String> wanted = Arrays.stream(events).map(UUID::toString).collect(Collectors.toSet());
        List<Map<String, Object>> entries = new ArrayList<>();
        JsonPath page;
        do {
            page = feed(cursor);
            for (Map<String, Object> entry : page.<Map<String, Object>>getList("items")) {
                if (wanted.contains(entry.get("eventId"))) {
                    entries.add(entry);
                }
            }
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        return entries;
    }

    @Test
    void theFeedNeedsTheEventsReadScope() {
        asReader()
                .when()
                .get("/api/v1/changes")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("detail", equalTo("the change feed needs a token with the events:read scope"));
        given().auth()
                .oauth2(partner(Scopes.REPORTS_WRITE))
                .when()
                .get("/api/v1/changes")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(TestIdentityProvider.start().userToken("contributor1", "contributor"))
                .when()
                .get("/api/v1/changes")
                .then()
                .statusCode(403);
        given().when().get("/api/v1/changes").then().statusCode(401);
        asFeedReader().when().get("/api/v1/changes").then().statusCode(200);
    }

    @Test
    void everyChangeIsInTheFeedInOrderDeletionsIncluded() {
        String start = feedEnd();
        UUID event = UUID.randomUUID();
        UUID existence = UUID.randomUUID();
        UUID attendance = UUID.randomUUID();
        send(claimApproved(event, existence, "existence", existence("GB", "London", "2026-01-11")));
        awaitHistory(event, 1);
        send(claimApproved(event, attendance, "attendance", attendance(30_000)));
        awaitHistory(event, 2);
        send(claimRetracted(event, attendance, UUID.randomUUID(), "duplicate of another claim"));
        awaitHistory(event, 3);
        UUID duplicate = UUID.randomUUID();
        UUID duplicateExistence = UUID.randomUUID();
        send(claimApproved(
                duplicate, duplicateExistence, "existence", existence("GB", "London", "2026-01-11", "London rally")));
        awaitStatus(duplicate, 200);
        merge(duplicate, event, UUID.randomUUID(), "same rally");
        awaitHistory(event, 4);
        // the survivor now rests on both existence claims: it is gone once neither stands
        send(claimRetracted(event, existence, UUID.randomUUID(), "wrong source"));
        awaitHistory(event, 5);
        send(claimRetracted(duplicate, duplicateExistence, UUID.randomUUID(), "the rally did not take place"));
        awaitStatus(event, 404);

        List<Map<String, Object>> entries = entriesSince(start, event, duplicate);
        List<String> seen = entries.stream()
                .map(e -> (e.get("eventId").equals(event.toString()) ? "event " : "duplicate ") + e.get("type") + " "
                        + e.get("change"))
                .toList();
        assertEquals(
                List.of(
                        "event created created",
                        "event updated figure_changed",
                        "event updated claim_retracted",
                        "duplicate created created",
                        "duplicate merged merged",
                        "event updated absorbed",
                        "event updated claim_retracted",
                        "event retracted retracted"),
                seen);
        assertEquals(event.toString(), entries.get(4).get("mergedInto"));
        assertEquals("the rally did not take place", entries.get(7).get("reason"));
    }

    @Test
    void theFeedCarriesNoIdentityOfAnyoneInvolved() {
        String start = feedEnd();
        UUID event = published(existence("GB", "Leeds", "2026-01-25"));
        String contributorToken = TestIdentityProvider.start().userToken("contributor1", "contributor");
        given().auth()
                .oauth2(contributorToken)
                .when()
                .get("/api/v1/events/" + event)
                .then()
                .statusCode(200);

        String body = asFeedReader()
                .queryParam("cursor", start)
                .when()
                .get("/api/v1/changes")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        for (String identity : List.of(
                "contributor1",
                "user-",
                "service-account",
                "partner-demo",
                "vigil-gateway",
                "moderator",
                "submitter",
                "pseudonym")) {
            assertFalse(body.contains(identity), "the feed mentions " + identity);
        }
        List<Map<String, Object>> entries = entriesSince(start, event);
        assertTrue(!entries.isEmpty());
        entries.forEach(entry ->
                assertTrue(ENTRY_FIELDS.containsAll(entry.keySet()), "unexpected fields in " + entry.keySet()));
    }

    @Test
    void aCursorThisServiceDidNotIssueIsA400() {
        asFeedReader()
                .queryParam("cursor", "42")
                .when()
                .get("/api/v1/changes")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("cursor"));
    }

    @Test
    void sinceIsNoLongerAParameterOfTheFeed() {
        asFeedReader()
                .queryParam("since", "42")
                .when()
                .get("/api/v1/changes")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("since"));
    }

    @Test
    void askingAgainFromTheLastEntryAtTheEndGivesAnEmptyLastPage() {
        published(existence("GB", "York", "2026-01-26"));
        String end = feedEnd();
        assertEquals(
                List.of(),
                pageLinks(asFeedReader()
                        .queryParam("cursor", end)
                        .when()
                        .get("/api/v1/changes")
                        .then()
                        .statusCode(200)
                        .body("items", empty())
                        .body("nextCursor", nullValue())));
    }

    @Test
    void aFullPageLinksToTheNextKeepingTheLimit() {
        published(existence("GB", "Bath", "2026-01-27"));
        published(existence("GB", "Hull", "2026-01-28"));
        String next = asFeedReader()
                .queryParam("limit", 1)
                .when()
                .get("/api/v1/changes")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .extract()
                .path("nextCursor");
        assertEquals(
                List.of("</api/v1/changes?limit=1&cursor=" + next + ">; rel=\"next\""),
                pageLinks(asFeedReader()
                        .queryParam("limit", 1)
                        .when()
                        .get("/api/v1/changes")
                        .then()));
    }
}
