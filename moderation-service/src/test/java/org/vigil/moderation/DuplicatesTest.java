package org.vigil.moderation;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vigil.moderation.Fixtures.approve;
import static org.vigil.moderation.Fixtures.awaitMessage;
import static org.vigil.moderation.Fixtures.claimAsModerator;
import static org.vigil.moderation.Fixtures.contributor;
import static org.vigil.moderation.Fixtures.decide;
import static org.vigil.moderation.Fixtures.drain;
import static org.vigil.moderation.Fixtures.get;
import static org.vigil.moderation.Fixtures.merge;
import static org.vigil.moderation.Fixtures.moderator;
import static org.vigil.moderation.Fixtures.newEvent;
import static org.vigil.moderation.Fixtures.payloadWith;
import static org.vigil.moderation.Fixtures.send;
import static org.vigil.moderation.Fixtures.submittedAndChecked;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.vertx.core.json.JsonObject;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.vigil.contracts.Topology;
import org.vigil.moderation.Fixtures.Submitted;
import org.vigil.testing.ArtemisTestResource;
import org.vigil.testing.OidcTestResource;

/**
 * Moderators see which public events a proposal may duplicate (from the events service's
 * {@code EventPublished}), approve a proposal as a duplicate, or merge two public events.
 */
@QuarkusTest
@QuarkusTestResource(ArtemisTestResource.class)
@QuarkusTestResource(OidcTestResource.class)
class DuplicatesTest {

    private static final String MODERATOR = moderator("moderator1");
    private static final String SECOND = moderator("moderator2");

    /** Proposes the merge and has a second moderator confirm it. */
    private static ValidatableResponse merged(UUID duplicate, UUID survivor, String reason) {
        merge(MODERATOR, duplicate, survivor, reason).statusCode(202);
        return merge(SECOND, duplicate, survivor, reason);
    }

    /** Announces a public event as the events service would, and waits until this service has it. */
    private static UUID published(String kind, String date, String city, double lat, double lon, long version) {
        UUID eventId = UUID.randomUUID();
        publish(eventId, kind, date, city, lat, lon, version);
        await().atMost(Fixtures.PATIENCE)
                .until(() -> Database.number("select count(*) from public_event where event_id = ?", eventId) == 1);
        return eventId;
    }

    /** A public rally of 24 January, at version 1: most tests need nothing more particular. */
    private static UUID publicRally(String city, double lat, double lon) {
        return published("rally", "2026-01-24", city, lat, lon, 1);
    }

    /** A public rally in {@code city}, merged into {@code survivor} by two moderators. */
    private static UUID mergedInto(UUID survivor, String city, double lat, double lon) {
        UUID duplicate = publicRally(city, lat, lon);
        merged(duplicate, survivor, "same rally").statusCode(200);
        return duplicate;
    }

    private static void publish(
            UUID eventId, String kind, String date, String city, double lat, double lon, long version) {
        send(
                Topology.EVENT_PUBLISHED,
                eventId.toString(),
                new JsonObject()
                        .put("eventId", eventId.toString())
                        .put("version", version)
                        .put("kind", kind)
                        .put("title", "A " + kind + " in " + city)
                        .put("start", date)
                        .put("end", date)
                        .put("countryCode", "DE")
                        .put("city", city)
                        .put("lat", lat)
                        .put("lon", lon)
                        .put("retracted", false));
    }

    private static Submitted proposal(String contributorName, String city, double lat, double lon) {
        return submittedAndChecked(contributor(contributorName), newEvent("rally", "2026-01-24", "DE", city, lat, lon));
    }

    @Test
    void theChannelReadsTheModerationQueueOfEventPublished() {
        assertEquals(
                Topology.EVENT_PUBLISHED.fullyQualifiedQueueFor("moderation"),
                ConfigProvider.getConfig().getValue("mp.messaging.incoming.events-published.address", String.class));
        assertEquals(
                Topology.PUBLISHER_RATED.fullyQualifiedQueueFor("moderation"),
                ConfigProvider.getConfig().getValue("mp.messaging.incoming.publishers-rated.address", String.class));
    }

    @Test
    void aPublicEventOfTheSameKindDayAndCityIsAPossibleDuplicate() {
        UUID berlin = publicRally("Berlin", 52.520, 13.405);
        Submitted proposal = proposal("contributor-dup-1", "Berlin", 52.516, 13.377);

        claimAsModerator(proposal.claim(0)).body("possibleDuplicates", hasItem(berlin.toString()));
    }

    @Test
    void anEventOfAnotherKindOrFarAwayIsNoDuplicate() {
        UUID vigil = published("petition", "2026-01-24", "Dresden", 51.050, 13.737, 1);
        UUID elsewhere = publicRally("Leipzig", 51.340, 12.375);
        Submitted proposal = proposal("contributor-dup-2", "Dresden", 51.051, 13.740);

        String duplicates = claimAsModerator(proposal.claim(0))
                .extract()
                .path("possibleDuplicates")
                .toString();
        assertTrue(!duplicates.contains(vigil.toString()) && !duplicates.contains(elsewhere.toString()), duplicates);
    }

    @Test
    void anOlderAnnouncementNeverOverwritesANewerOne() {
        UUID event = published("rally", "2026-01-24", "Bonn", 50.737, 7.098, 2);
        publish(event, "rally", "2026-01-24", "Kiel", 54.323, 10.123, 1);
        UUID marker = published("rally", "2026-01-01", "Kiel", 54.323, 10.123, 1);

        assertEquals(
                1,
                Database.number("select count(*) from public_event where event_id = ? and city = 'Bonn'", event),
                "the late version 1 (after " + marker + ") must not replace version 2");
    }

    @Test
    void approvingAProposalAsADuplicateAttachesItsClaimsToTheExistingEvent() {
        UUID existing = publicRally("Hamburg", 53.551, 9.994);
        String author = contributor("contributor-dup-4");
        Submitted proposal = submittedAndChecked(author, """
                {"claims": [%s, %s]}""".formatted(
                Fixtures.claim("existence", Fixtures.existence("rally", "2026-01-24", "DE", "Hamburg", 53.55, 9.99)),
                Fixtures.claim("attendance", Fixtures.attendance(12000))));
        approve(MODERATOR, proposal.claim(1)).body("published", equalTo(false));

        decide(MODERATOR, proposal.claim(0), "{\"decision\": \"approve\", \"duplicateOf\": \"" + existing + "\"}")
                .statusCode(200)
                .body("claimStatus", equalTo("approved"))
                .body("duplicateOf", equalTo(existing.toString()))
                .body("eventId", equalTo(existing.toString()))
                .body("published", equalTo(false));

        JsonObject figure = awaitMessage(Topology.CLAIM_APPROVED, "events", payloadWith("claimId", proposal.claim(1)))
                .orElseThrow(() -> new AssertionError("the attendance claim was not published"))
                .getJsonObject("payload");
        assertEquals(existing.toString(), figure.getString("eventId"));
        get(author, "/api/v1/reports/" + proposal.reportId()).body("eventId", equalTo(existing.toString()));
    }

    @Test
    void aProposalApprovedAsADuplicateAddsNoExistenceClaimToTheRecord() {
        UUID existing = publicRally("Bremen", 53.079, 8.801);
        Submitted proposal = proposal("contributor-dup-5", "Bremen", 53.08, 8.80);

        decide(MODERATOR, proposal.claim(0), "{\"decision\": \"approve\", \"duplicateOf\": \"" + existing + "\"}")
                .statusCode(200);

        assertTrue(
                drain(Topology.CLAIM_APPROVED, "events").stream().noneMatch(payloadWith("claimId", proposal.claim(0))));
    }

    @Test
    void aDuplicateMustBeAnEventOfThePublicRecord() {
        Submitted proposal = proposal("contributor-dup-6", "Essen", 51.455, 7.011);

        decide(
                        MODERATOR,
                        proposal.claim(0),
                        "{\"decision\": \"approve\", \"duplicateOf\": \"" + UUID.randomUUID() + "\"}")
                .statusCode(400)
                .body("errors.field", hasItem("duplicateOf"));
        claimAsModerator(proposal.claim(0)).body("status", equalTo("pending"));
    }

    @Test
    void onlyAnApprovalNamesADuplicate() {
        UUID existing = publicRally("Mainz", 49.992, 8.247);
        Submitted proposal = proposal("contributor-dup-7", "Mainz", 49.99, 8.25);

        decide(
                        MODERATOR,
                        proposal.claim(0),
                        "{\"decision\": \"reject\", \"reason\": \"dup\", \"duplicateOf\": \"" + existing + "\"}")
                .statusCode(400)
                .body("errors.field", hasItem("duplicateOf"));
    }

    @Test
    void aMergeOfTwoPublicEventsIsAnnounced() {
        UUID survivor = publicRally("Cologne", 50.938, 6.960);
        UUID duplicate = publicRally("Köln", 50.937, 6.958);

        String decisionId = merged(duplicate, survivor, "Köln is Cologne")
                .statusCode(200)
                .body("survivor", equalTo(survivor.toString()))
                .extract()
                .path("id");

        JsonObject merged = awaitMessage(Topology.EVENTS_MERGED, "events", payloadWith("merged", duplicate))
                .orElseThrow(() -> new AssertionError("EventsMerged not announced"))
                .getJsonObject("payload");
        assertEquals(survivor.toString(), merged.getString("survivor"));
        assertEquals(decisionId, merged.getString("decisionId"));
        assertEquals("Köln is Cologne", merged.getString("reason"));
    }

    @Test
    void anEventMergedAlreadyCannotBeMergedAgain() {
        UUID survivor = publicRally("Munster", 51.960, 7.626);
        UUID duplicate = mergedInto(survivor, "Münster", 51.961, 7.625);

        merge(MODERATOR, duplicate, survivor, "same rally").statusCode(409);
    }

    @Test
    void aMergeNeedsAReasonAndTwoKnownEvents() {
        UUID survivor = publicRally("Kassel", 51.312, 9.479);

        merge(MODERATOR, UUID.randomUUID(), survivor, "same").statusCode(404);
        merge(MODERATOR, survivor, publicRally("Fulda", 50.55, 9.67), null)
                .statusCode(400)
                .body("errors.field", hasItem("reason"));
    }

    @Test
    void aReportAboutAMergedEventGoesToTheSurvivor() {
        UUID survivor = publicRally("Stuttgart", 48.776, 9.183);
        UUID duplicate = mergedInto(survivor, "Stuttgart-Mitte", 48.777, 9.180);

        Fixtures.submit(
                        contributor("contributor-dup-11"),
                        Fixtures.about(duplicate, Fixtures.claim("attendance", Fixtures.attendance(5000))))
                .statusCode(202)
                .body("eventId", equalTo(survivor.toString()));
    }

    @Test
    void claimsOfOtherPropertiesListNoDuplicates() {
        Submitted proposal = submittedAndChecked(contributor("contributor-dup-12"), Fixtures.munichReport());

        claimAsModerator(proposal.claim(1)).body("possibleDuplicates", empty());
    }
}
