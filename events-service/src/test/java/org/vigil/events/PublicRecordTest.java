package org.vigil.events;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vigil.events.RecordFixtures.*;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.vigil.contracts.Topology;
import org.vigil.testing.ArtemisTestResource;
import org.vigil.testing.BrokerClient;
import org.vigil.testing.OidcTestResource;

@QuarkusTest
@QuarkusTestResource(ArtemisTestResource.class)
@QuarkusTestResource(OidcTestResource.class)
class PublicRecordTest {

    @Test
    void anApprovedExistenceClaimPublishesTheEvent() {
        UUID event = UUID.randomUUID();
        send(claimApproved(event, UUID.randomUUID(), "existence", existence("DE", "Munich", "2026-02-14")));
        awaitStatus(event, 200);
        readEvent(event)
                .statusCode(200)
                .body("id", equalTo(event.toString()))
                .body("kind", equalTo("rally"))
                .body("date", equalTo("2026-02-14"))
                .body("start", equalTo("2026-02-14"))
                .body("end", equalTo("2026-02-14"))
                .body("precision", equalTo("day"))
                .body("place.countryCode", equalTo("DE"))
                .body("concerns", equalTo("IR"));
    }

    @Test
    void anEventWithoutAnApprovedExistenceClaimIsNotPublic() throws InterruptedException {
        UUID event = UUID.randomUUID();
        send(claimApproved(event, UUID.randomUUID(), "attendance", attendance(250_000)));
        Thread.sleep(3000);
        readEvent(event).statusCode(404).contentType("application/problem+json");
    }

    @Test
    void anApprovedAttendanceClaimBecomesTheEventsFigureWithItsCitation() {
        UUID event = UUID.randomUUID();
        UUID claim = UUID.randomUUID();
        send(claimApproved(event, UUID.randomUUID(), "existence", existence("DE", "Munich", "2026-02-14")));
        send(claimApproved(event, claim, "attendance", attendance(250_000)));
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> readEvent(event)
                        .statusCode(200)
                        .body("figures.attendance.low", equalTo(250000))
                        .body("figures.attendance.disputed", equalTo(false))
                        .body("figures.attendance.claims[0].claimId", equalTo(claim.toString()))
                        .body("figures.attendance.claims[0].qualifier", equalTo("over"))
                        .body("figures.attendance.claims[0].citations[0].publisher", equalTo("Wikipedia"))
                        .body("figures.attendance.claims[0].citations[0].rating", equalTo("mixed")));
    }

    @Test
    void anApprovalDeliveredTwiceIsAppliedOnce() {
        UUID event = UUID.randomUUID();
        JsonObject approval =
                claimApproved(event, UUID.randomUUID(), "existence", existence("FR", "Paris", "2026-01-17"));
        send(approval);
        send(approval);
        awaitStatus(event, 200);
        readList("?country=FR&limit=200")
                .statusCode(200)
                .body("items.findAll { it.id == '" + event + "' }", hasSize(1));
    }

    @Test
    void aPublishedEventIsAnnouncedToModeration() {
        UUID event = UUID.randomUUID();
        send(claimApproved(event, UUID.randomUUID(), "existence", existence("CA", "Toronto", "2026-02-14")));
        try (BrokerClient broker = new BrokerClient(ArtemisTestResource.broker().port())) {
            assertTrue(broker.awaitMessage(
                            Topology.EVENT_PUBLISHED.fullyQualifiedQueueFor("moderation"),
                            m -> event.toString()
                                    .equals(m.getJsonObject("payload").getString("eventId")),
                            Duration.ofSeconds(20))
                    .isPresent());
        }
    }

    @Test
    void aRetractedEventIsAnnouncedWithTheOutlineModerationStores() {
        UUID event = UUID.randomUUID();
        UUID existence = UUID.randomUUID();
        send(claimApproved(event, existence, "existence", existence("CA", "Vancouver", "2026-02-14")));
        awaitStatus(event, 200);
        send(claimRetracted(event, existence, UUID.randomUUID(), "fabricated"));
        try (BrokerClient broker = new BrokerClient(ArtemisTestResource.broker().port())) {
            JsonObject retracted = broker.awaitMessage(
                            Topology.EVENT_PUBLISHED.fullyQualifiedQueueFor("moderation"),
                            m -> event.toString()
                                            .equals(m.getJsonObject("payload").getString("eventId"))
                                    && m.getJsonObject("payload").getBoolean("retracted"),
                            Duration.ofSeconds(20))
                    .orElseThrow()
                    .getJsonObject("payload");
            assertEquals("rally", retracted.getString("kind"));
            assertEquals("Solidarity rally in Vancouver", retracted.getString("title"));
            assertEquals("2026-02-14", retracted.getString("start"));
            assertEquals("CA", retracted.getString("countryCode"));
            assertEquals(2L, retracted.getLong("version"));
        }
    }

    @Test
    void theListFiltersByCountryAndDateOverlap() {
        UUID inRange = UUID.randomUUID();
        UUID outOfRange = UUID.randomUUID();
        send(claimApproved(inRange, UUID.randomUUID(), "existence", existence("NO", "Oslo", "2026-01-11/2026-01-20")));
        send(claimApproved(outOfRange, UUID.randomUUID(), "existence", existence("NO", "Bergen", "2026-03-01")));
        awaitStatus(inRange, 200);
        awaitStatus(outOfRange, 200);
        readList("?country=NO&from=2026-01-15&to=2026-01-31")
                .statusCode(200)
                .body("items.id", hasItem(inRange.toString()))
                .body("items.id", not(hasItem(outOfRange.toString())));
    }

    @Test
    void anUnknownCountryFilterIsA400NamingTheField() {
        readList("?country=XX1")
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("country"));
    }

    @Test
    void aLimitOver200IsRefused() {
        readList("?limit=201").statusCode(400).contentType("application/problem+json");
    }

    @Test
    void withoutATokenTheServiceAnswers401() {
        given().when().get("/api/v1/events").then().statusCode(401);
    }
}
