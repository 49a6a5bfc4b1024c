package org.vigil.moderation;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.vigil.moderation.Fixtures.about;
import static org.vigil.moderation.Fixtures.approve;
import static org.vigil.moderation.Fixtures.awaitMessage;
import static org.vigil.moderation.Fixtures.contributingModerator;
import static org.vigil.moderation.Fixtures.contributor;
import static org.vigil.moderation.Fixtures.decide;
import static org.vigil.moderation.Fixtures.moderator;
import static org.vigil.moderation.Fixtures.munichReport;
import static org.vigil.moderation.Fixtures.payloadWith;
import static org.vigil.moderation.Fixtures.submitted;
import static org.vigil.moderation.Fixtures.submittedAndChecked;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.vigil.contracts.Topology;
import org.vigil.moderation.Fixtures.Submitted;
import org.vigil.testing.ArtemisTestResource;
import org.vigil.testing.OidcTestResource;

@QuarkusTest
@QuarkusTestResource(ArtemisTestResource.class)
@QuarkusTestResource(OidcTestResource.class)
class DecisionTest {

    private static final String MODERATOR = moderator("moderator1");

    @Test
    void anApprovedClaimIsAnnouncedWithItsEvidenceAndDecisions() {
        Submitted report = submittedAndChecked(contributor("contributor-decision-1"), munichReport());
        String decisionId = approve(MODERATOR, report.claim(0))
                .body("claimStatus", equalTo("approved"))
                .body("published", equalTo(true))
                .extract()
                .path("id");

        JsonObject payload = awaitMessage(Topology.CLAIM_APPROVED, "events", payloadWith("claimId", report.claim(0)))
                .orElseThrow(() -> new AssertionError("ClaimApproved not announced"))
                .getJsonObject("payload");
        assertEquals(report.eventId().toString(), payload.getString("eventId"));
        assertEquals("existence", payload.getString("property"));
        assertEquals(decisionId, payload.getJsonArray("decisionIds").getString(0));
        assertNotNull(payload.getString("approvedAt"));
        JsonObject citation = payload.getJsonArray("citations").getJsonObject(0);
        assertEquals(Fixtures.MUNICH_QUOTE, citation.getString("exact"));
        assertNotNull(citation.getString("sourceId"));
        assertEquals("https://news.example.org/a/0", citation.getString("sourceUrl"));
        assertEquals("An article", citation.getString("sourceTitle"));
        assertEquals(10, citation.getInteger("start"));
        assertEquals(63, citation.getInteger("end"));
        assertEquals("Example News", citation.getString("publisher"));
        assertEquals("reliable", citation.getString("rating"));
    }

    @Test
    void anAnnouncedApprovalNamesNeitherContributorNorModerator() {
        Submitted report = submittedAndChecked(contributor("contributor-decision-2"), munichReport());
        approve(moderator("moderator-decision-2"), report.claim(0));

        String message = awaitMessage(Topology.CLAIM_APPROVED, "events", payloadWith("claimId", report.claim(0)))
                .orElseThrow()
                .encode();
        assertFalse(message.contains("contributor-decision-2"));
        assertFalse(message.contains("moderator-decision-2"));
        assertFalse(message.contains("contributor-"), "not even a pseudonym travels");
    }

    @Test
    void aRejectionNeedsAReason() {
        Submitted report = submittedAndChecked(contributor("contributor-decision-3"), munichReport());
        decide(MODERATOR, report.claim(1), "reject", " ")
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("reason"));
    }

    @Test
    void aChangeRequestNeedsAReason() {
        Submitted report = submittedAndChecked(contributor("contributor-decision-4"), munichReport());
        decide(MODERATOR, report.claim(1), "request_changes", null)
                .statusCode(400)
                .body("errors.field", hasItem("reason"));
    }

    @Test
    void aRejectedClaimCannotBeDecidedAgain() {
        Submitted report = submittedAndChecked(contributor("contributor-decision-5"), munichReport());
        decide(MODERATOR, report.claim(1), "reject", "the quote gives no figure")
                .statusCode(200)
                .body("claimStatus", equalTo("rejected"));

        decide(moderator("moderator2"), report.claim(1), "approve", null)
                .statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void nobodyDecidesOnAClaimTheySubmitted() {
        String both = contributingModerator("moderator-who-contributes");
        Submitted report = submittedAndChecked(both, munichReport());

        decide(both, report.claim(0), "approve", null).statusCode(403).contentType("application/problem+json");
    }

    @Test
    void aContributorCannotDecide() {
        Submitted report = submittedAndChecked(contributor("contributor-decision-7"), munichReport());
        decide(contributor("contributor-decision-8"), report.claim(0), "approve", null)
                .statusCode(403);
    }

    @Test
    void anUnknownDecisionIsA400NamingTheField() {
        Submitted report = submittedAndChecked(contributor("contributor-decision-9"), munichReport());
        decide(MODERATOR, report.claim(0), "maybe", null).statusCode(400).body("errors.field", hasItem("decision"));
    }

    @Test
    void aClaimWhoseQuotesAreNotCheckedYetCannotBeApproved() {
        Submitted report = submitted(contributor("contributor-decision-10"), munichReport());
        decide(MODERATOR, report.claim(0), "approve", null)
                .statusCode(409)
                .body("type", equalTo("https://vigil.example/problems/quote-check-pending"));
    }

    @Test
    void anUnknownClaimIs404() {
        decide(MODERATOR, UUID.randomUUID(), "approve", null).statusCode(404);
    }

    @Test
    void aClaimAboutAProposedEventWaitsForTheEventsApproval() {
        Submitted report = submittedAndChecked(contributor("contributor-decision-11"), munichReport());
        approve(MODERATOR, report.claim(1))
                .body("claimStatus", equalTo("approved"))
                .body("published", equalTo(false));

        approve(MODERATOR, report.claim(0));

        awaitMessage(Topology.CLAIM_APPROVED, "events", payloadWith("claimId", report.claim(1)))
                .orElseThrow(() -> new AssertionError("the held attendance claim was not published with its event"));
    }

    @Test
    void aClaimAboutAPublicEventIsPublishedOnApproval() {
        Submitted event = submittedAndChecked(contributor("contributor-decision-12"), munichReport());
        approve(MODERATOR, event.claim(0));
        Submitted later = submittedAndChecked(
                contributor("contributor-decision-13"),
                about(event.eventId(), Fixtures.claim("attendance", Fixtures.attendance(300_000))));

        approve(MODERATOR, later.claim(0)).body("published", equalTo(true));

        JsonObject payload = awaitMessage(Topology.CLAIM_APPROVED, "events", payloadWith("claimId", later.claim(0)))
                .orElseThrow()
                .getJsonObject("payload");
        assertEquals(event.eventId().toString(), payload.getString("eventId"));
    }
}
