package org.vigil.moderation;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.vigil.moderation.Fixtures.claimAsModerator;
import static org.vigil.moderation.Fixtures.contributingModerator;
import static org.vigil.moderation.Fixtures.contributor;
import static org.vigil.moderation.Fixtures.get;
import static org.vigil.moderation.Fixtures.moderator;
import static org.vigil.moderation.Fixtures.newEvent;
import static org.vigil.moderation.Fixtures.send;
import static org.vigil.moderation.Fixtures.submitted;
import static org.vigil.moderation.Fixtures.submittedAndChecked;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.vertx.core.json.JsonObject;
import java.net.URL;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.vigil.contracts.Topology;
import org.vigil.moderation.Fixtures.Submitted;
import org.vigil.testing.ArtemisTestResource;
import org.vigil.testing.OidcTestResource;

/**
 * The moderation queue: oldest first, filtered, paged, each item with what a moderator needs.
 * Each test filters on a country of its own, so claims of other tests never get in the way.
 */
@QuarkusTest
@QuarkusTestResource(ArtemisTestResource.class)
@QuarkusTestResource(OidcTestResource.class)
class QueueTest {

    /** Metrics are on the management port, with the rest of /q/*. */
    @TestHTTPResource(value = "/metrics", management = true)
    URL metrics;

    private static final String MODERATOR = moderator("moderator1");

    private static Submitted rallyIn(String country, String author) {
        return submitted(contributor(author), newEvent("rally", "2026-02-14", country, "Capital", 10.0, 10.0));
    }

    @Test
    void pendingClaimsComeOldestFirstWithTheSubmittersPseudonym() {
        Submitted older = rallyIn("IS", "contributor-queue-1");
        Submitted newer = rallyIn("IS", "contributor-queue-2");

        get(MODERATOR, "/api/v1/moderation/queue?country=IS")
                .statusCode(200)
                .body(
                        "items.id",
                        equalTo(List.of(
                                older.claim(0).toString(), newer.claim(0).toString())))
                .body("items.submitter", everyItem(matchesPattern("contributor-[0-9a-z]{5}-[0-9a-z]{5}")))
                .body("items[0].status", equalTo("pending"))
                .body("items[0].approvals", equalTo(0));
    }

    @Test
    void theQueueIsPagedWithACursor() {
        for (int i = 0; i < 3; i++) {
            rallyIn("LU", "contributor-queue-3");
        }

        String cursor = get(MODERATOR, "/api/v1/moderation/queue?country=LU&limit=2")
                .body("items", hasSize(2))
                .body("nextCursor", notNullValue())
                .extract()
                .path("nextCursor");
        get(MODERATOR, "/api/v1/moderation/queue?country=LU&limit=2&cursor=" + cursor)
                .body("items", hasSize(1));
    }

    @Test
    void theQueueFiltersByKindPropertyAndSensitivity() {
        submitted(contributor("contributor-queue-4"), newEvent("attack", "2026-02-14", "MT", "Valletta", 35.9, 14.5));
        submitted(contributor("contributor-queue-4"), newEvent("rally", "2026-02-14", "MT", "Valletta", 35.9, 14.5));

        get(MODERATOR, "/api/v1/moderation/queue?country=mt&kind=attack&sensitive=true&property=existence")
                .body("items", hasSize(1))
                .body("items[0].value.kind", equalTo("attack"));
        get(MODERATOR, "/api/v1/moderation/queue?country=MT&sensitive=false").body("items", hasSize(1));
        get(MODERATOR, "/api/v1/moderation/queue?country=MT&property=attendance")
                .body("items", hasSize(0));
    }

    @Test
    void theQueueFiltersByStatus() {
        Submitted report = submittedAndChecked(
                contributor("contributor-queue-5"), newEvent("rally", "2026-02-14", "MC", "Monaco", 43.7, 7.4));
        Fixtures.decide(MODERATOR, report.claim(0), "reject", "not a rally").statusCode(200);

        get(MODERATOR, "/api/v1/moderation/queue?country=MC").body("items", hasSize(0));
        get(MODERATOR, "/api/v1/moderation/queue?country=MC&status=rejected").body("items", hasSize(1));
    }

    @Test
    void aModeratorDoesNotSeeTheirOwnClaims() {
        String both = contributingModerator("moderator-queue-own");
        submitted(both, newEvent("rally", "2026-02-14", "AD", "Andorra la Vella", 42.5, 1.5));

        get(both, "/api/v1/moderation/queue?country=AD").body("items", hasSize(0));
        get(MODERATOR, "/api/v1/moderation/queue?country=AD").body("items", hasSize(1));
    }

    @Test
    void citationsShowTheirQuoteCheckAndPublisherRating() {
        Submitted report = submittedAndChecked(
                contributor("contributor-queue-6"), newEvent("rally", "2026-02-14", "LI", "Vaduz", 47.1, 9.5));

        claimAsModerator(report.claim(0))
                .body("citations[0].quoteCheck", equalTo("found"))
                .body("citations[0].publisher", equalTo("Example News"))
                .body("citations[0].rating", equalTo("reliable"))
                .body("citations[0].start", equalTo(10));
    }

    @Test
    void aPublisherRatingChangeShowsBesideItsCitations() {
        Submitted report = submittedAndChecked(
                contributor("contributor-queue-7"), newEvent("rally", "2026-02-14", "SM", "San Marino", 43.9, 12.4));
        rate(Fixtures.PUBLISHER, "state_affiliated", Instant.now());

        await().atMost(Fixtures.PATIENCE)
                .untilAsserted(() ->
                        claimAsModerator(report.claim(0)).body("citations[0].rating", equalTo("state_affiliated")));
    }

    @Test
    void anOlderRatingArrivingLateChangesNothing() {
        UUID publisher = UUID.randomUUID();
        rate(publisher, "unreliable", Instant.parse("2026-03-02T00:00:00Z"));
        rate(publisher, "reliable", Instant.parse("2026-03-01T00:00:00Z"));
        UUID marker = UUID.randomUUID();
        rate(marker, "mixed", Instant.now());

        await().atMost(Fixtures.PATIENCE)
                .until(() ->
                        Database.number("select count(*) from publisher_rating where publisher_id = ?", marker) == 1);
        await().until(() -> Database.number(
                        "select count(*) from publisher_rating where publisher_id = ?" + " and rating = 'UNRELIABLE'",
                        publisher)
                == 1);
    }

    private static void rate(UUID publisher, String rating, Instant at) {
        send(
                Topology.PUBLISHER_RATED,
                publisher.toString(),
                new JsonObject()
                        .put("publisherId", publisher.toString())
                        .put("name", "Example News")
                        .put("rating", rating)
                        .put("ratedAt", at.toString()));
    }

    @Test
    void aContributorGets403OnTheQueue() {
        get(contributor("contributor-queue-8"), "/api/v1/moderation/queue").statusCode(403);
    }

    @Test
    void anUnknownFilterValueIsA400NamingTheField() {
        get(MODERATOR, "/api/v1/moderation/queue?kind=picnic").statusCode(400).body("errors.field", hasItem("kind"));
    }

    @Test
    void theQueuesLengthAndAgeAreMetrics() {
        rallyIn("SK", "contributor-queue-9");

        await().atMost(Fixtures.PATIENCE)
                .untilAsserted(() -> RestAssured.when()
                        .get(metrics)
                        .then()
                        .statusCode(200)
                        .body(matchesPattern("(?s).*\\nvigil_moderation_claims_pending [1-9][0-9.E]*\\n.*"))
                        .body(matchesPattern(
                                "(?s).*\\nvigil_moderation_claims_pending_oldest_age_seconds [0-9.E-]+\\n.*")));
    }
}
