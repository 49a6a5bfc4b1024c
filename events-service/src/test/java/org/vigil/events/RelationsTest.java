package org.vigil.events;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
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

/** Relations are approved on one event and read from both. */
@QuarkusTest
@QuarkusTestResource(ArtemisTestResource.class)
@QuarkusTestResource(OidcTestResource.class)
class RelationsTest {

    private static JsonObject relation(String type, UUID to) {
        return new JsonObject().put("type", type).put("eventId", to.toString());
    }

    @Test
    void anEventThatFollowsAnotherShowsOnItAsFollowedBy() {
        UUID rally = published(existence("DE", "Hamburg", "2026-01-17"));
        UUID stabbing = published(existence("DE", "Hamburg", "2026-01-17/..", "Stabbing after the Hamburg protest")
                .put("kind", "attack"));
        UUID claim = UUID.randomUUID();
        send(claimApproved(stabbing, claim, "relation", relation("follows", rally)));
        awaitHistory(stabbing, 2);
        given().auth()
                .oauth2(reader())
                .when()
                .get("/api/v1/events/" + rally)
                .then()
                .statusCode(200)
                .body("relations.type", contains("followed_by"))
                .body("relations[0].eventId", equalTo(stabbing.toString()))
                .body("relations[0].claimIds", contains(claim.toString()));
        given().auth()
                .oauth2(reader())
                .when()
                .get("/api/v1/events/" + stabbing)
                .then()
                .statusCode(200)
                .body("relations.type", contains("follows"));
    }

    @Test
    void anEventPartOfAnotherShowsOnItAsHasPartAndAsASubEventInJsonLd() {
        UUID day = published(existence("AU", "Sydney", "2026-02-14", "Global day of action"));
        UUID sydney = published(existence("AU", "Sydney", "2026-02-14"));
        send(claimApproved(sydney, UUID.randomUUID(), "relation", relation("part_of", day)));
        awaitHistory(sydney, 2);
        given().auth()
                .oauth2(reader())
                .when()
                .get("/api/v1/events/" + day)
                .then()
                .statusCode(200)
                .body("relations.type", contains("has_part"))
                .body("relations.eventId", contains(sydney.toString()));
        given().auth()
                .oauth2(reader())
                .accept("application/ld+json")
                .when()
                .get("/api/v1/events/" + day)
                .then()
                .statusCode(200)
                .body("subEvent.'@id'", contains("http://localhost:8080/events/" + sydney));
    }

    @Test
    void listItemsCarryRelationsFromBothSidesToo() {
        UUID rally = published(existence("EE", "Tallinn", "2026-01-17"));
        UUID march = published(existence("EE", "Tallinn", "2026-01-18"));
        send(claimApproved(march, UUID.randomUUID(), "relation", relation("follows", rally)));
        awaitHistory(march, 2);
        given().auth()
                .oauth2(reader())
                .when()
                .get("/api/v1/events?country=EE&city=Tallinn")
                .then()
                .statusCode(200)
                .body("items.find { it.id == '" + rally + "' }.relations.type", contains("followed_by"))
                .body("items.find { it.id == '" + march + "' }.relations.type", contains("follows"));
    }

    @Test
    void aRelationToAnEventMergedAwayShowsOnItsSurvivor() {
        UUID survivor = published(existence("NO", "Oslo", "2026-01-17"));
        UUID duplicate = published(existence("NO", "Oslo", "2026-01-17", "Oslo rally"));
        UUID march = published(existence("NO", "Oslo", "2026-01-18"));
        send(claimApproved(march, UUID.randomUUID(), "relation", relation("follows", duplicate)));
        awaitHistory(march, 2);
        send(eventsMerged(duplicate, survivor, UUID.randomUUID(), "same rally"));
        awaitStatus(duplicate, 301);
        given().auth()
                .oauth2(reader())
                .when()
                .get("/api/v1/events/" + survivor)
                .then()
                .statusCode(200)
                .body("relations.type", contains("followed_by"))
                .body("relations.eventId", contains(march.toString()));
    }

    @Test
    void aRetractedRelationNoLongerShowsOnTheOtherSide() {
        UUID vigil = published(existence("SE", "Gothenburg", "2026-01-24"));
        UUID march = published(existence("SE", "Gothenburg", "2026-01-25"));
        UUID claim = UUID.randomUUID();
        send(claimApproved(march, claim, "relation", relation("follows", vigil)));
        awaitHistory(march, 2);
        send(claimRetracted(march, claim, UUID.randomUUID(), "not connected"));
        awaitHistory(march, 3);
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().auth()
                        .oauth2(reader())
                        .when()
                        .get("/api/v1/events/" + vigil)
                        .then()
                        .statusCode(200)
                        .body("relations", empty()));
    }
}
