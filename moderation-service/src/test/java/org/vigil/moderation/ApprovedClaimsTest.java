package org.vigil.moderation;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.vigil.moderation.Fixtures.about;
import static org.vigil.moderation.Fixtures.approve;
import static org.vigil.moderation.Fixtures.attendance;
import static org.vigil.moderation.Fixtures.awaitMessage;
import static org.vigil.moderation.Fixtures.claim;
import static org.vigil.moderation.Fixtures.claimAsModerator;
import static org.vigil.moderation.Fixtures.contributingModerator;
import static org.vigil.moderation.Fixtures.contributor;
import static org.vigil.moderation.Fixtures.date;
import static org.vigil.moderation.Fixtures.moderator;
import static org.vigil.moderation.Fixtures.newEvent;
import static org.vigil.moderation.Fixtures.payloadWith;
import static org.vigil.moderation.Fixtures.post;
import static org.vigil.moderation.Fixtures.submittedAndChecked;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.vigil.contracts.Topology;
import org.vigil.moderation.Fixtures.Submitted;
import org.vigil.testing.ArtemisTestResource;
import org.vigil.testing.OidcTestResource;

/** What happens to claims once approved: superseded by newer ones, retracted with a reason. */
@QuarkusTest
@QuarkusTestResource(ArtemisTestResource.class)
@QuarkusTestResource(OidcTestResource.class)
class ApprovedClaimsTest {

    private static final String MODERATOR = moderator("moderator1");
    private static final String CONTRIBUTOR = contributor("contributor-approved");

    /** A public event: its existence claim approved. */
    private static UUID publicEvent(String city) {
        Submitted event = submittedAndChecked(CONTRIBUTOR, newEvent("rally", "2026-01-17", "NL", city, 52.0, 4.9));
        approve(MODERATOR, event.claim(0));
        return event.eventId();
    }

    private static UUID approvedClaim(UUID eventId, String property, String value) {
        Submitted report = submittedAndChecked(CONTRIBUTOR, about(eventId, claim(property, value)));
        approve(MODERATOR, report.claim(0));
        return report.claim(0);
    }

    private static String reason(String reason) {
        JsonObject body = new JsonObject();
        if (reason != null) {
            body.put("reason", reason);
        }
        return body.encode();
    }

    /** Approves two claims of {@code property} about a new public event, in this order; answers their statuses. */
    private static List<String> statusesAfterApproving(String city, String property, String first, String second) {
        UUID event = publicEvent(city);
        return Stream.of(approvedClaim(event, property, first), approvedClaim(event, property, second))
                .map(claim -> claimAsModerator(claim).extract().<String>path("status"))
                .toList();
    }

    @Test
    void aNewerApprovedClaimForASingleValuedPropertySupersedesTheOlder() {
        assertEquals(
                List.of("superseded", "approved"),
                statusesAfterApproving("Amsterdam", "date", date("2026-01-17"), date("2026-01-18")));
    }

    @Test
    void approvedFiguresStandSideBySide() {
        assertEquals(
                List.of("approved", "approved"),
                statusesAfterApproving("Rotterdam", "attendance", attendance(3000), attendance(5000)));
    }

    @Test
    void aRetractedClaimIsAnnouncedWithItsReason() {
        UUID event = publicEvent("Utrecht");
        UUID figure = approvedClaim(event, "attendance", attendance(4000));

        String decisionId = post(
                        moderator("moderator2"),
                        "/api/v1/claims/" + figure + "/retract",
                        reason("the article was corrected: 400, not 4,000"))
                .statusCode(200)
                .body("claimStatus", equalTo("retracted"))
                .extract()
                .path("id");

        JsonObject payload = awaitMessage(Topology.CLAIM_RETRACTED, "events", payloadWith("claimId", figure))
                .orElseThrow(() -> new AssertionError("ClaimRetracted not announced"))
                .getJsonObject("payload");
        assertEquals(event.toString(), payload.getString("eventId"));
        assertEquals(decisionId, payload.getString("decisionId"));
        assertEquals("the article was corrected: 400, not 4,000", payload.getString("reason"));
    }

    @Test
    void retractingTheNewestClaimLetsTheOneItSupersededStandAgain() {
        UUID event = publicEvent("Eindhoven");
        UUID older = approvedClaim(event, "date", date("2026-01-17"));
        UUID newer = approvedClaim(event, "date", date("2026-01-19"));

        post(MODERATOR, "/api/v1/claims/" + newer + "/retract", reason("vandalism"))
                .statusCode(200);

        claimAsModerator(older).body("status", equalTo("approved"));
    }

    @Test
    void aRetractionNeedsAReason() {
        UUID figure = approvedClaim(publicEvent("Groningen"), "attendance", attendance(800));

        post(MODERATOR, "/api/v1/claims/" + figure + "/retract", reason(null))
                .statusCode(400)
                .body("errors.field", hasItem("reason"));
    }

    @Test
    void onlyAnApprovedClaimCanBeRetracted() {
        UUID event = publicEvent("Leiden");
        Submitted pending = submittedAndChecked(CONTRIBUTOR, about(event, claim("attendance", attendance(900))));

        post(MODERATOR, "/api/v1/claims/" + pending.claim(0) + "/retract", reason("wrong"))
                .statusCode(409);
    }

    @Test
    void aModeratorCannotRetractAClaimTheySubmitted() {
        String both = contributingModerator("moderator-retracting-own");
        UUID event = publicEvent("Haarlem");
        Submitted own = submittedAndChecked(both, about(event, claim("attendance", attendance(700))));
        approve(MODERATOR, own.claim(0));

        post(both, "/api/v1/claims/" + own.claim(0) + "/retract", reason("second thoughts"))
                .statusCode(403);
    }
}
