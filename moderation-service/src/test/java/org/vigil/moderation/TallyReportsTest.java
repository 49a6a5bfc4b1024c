package org.vigil.moderation;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.vigil.moderation.Fixtures.about;
import static org.vigil.moderation.Fixtures.approve;
import static org.vigil.moderation.Fixtures.awaitMessage;
import static org.vigil.moderation.Fixtures.claim;
import static org.vigil.moderation.Fixtures.claimAsModerator;
import static org.vigil.moderation.Fixtures.contributor;
import static org.vigil.moderation.Fixtures.existence;
import static org.vigil.moderation.Fixtures.moderator;
import static org.vigil.moderation.Fixtures.payloadWith;
import static org.vigil.moderation.Fixtures.submit;
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

/** Tallies ("Germany held 27 rallies between 11 and 20 January"): claims about no event, moderated like any. */
@QuarkusTest
@QuarkusTestResource(ArtemisTestResource.class)
@QuarkusTestResource(OidcTestResource.class)
class TallyReportsTest {

    private static final String CONTRIBUTOR = contributor("contributor-tallies");

    private static final String GERMANY = """
            {"kind": "rally", "place": {"countryCode": "DE"}, "period": "2026-01-11/2026-01-20",
             "count": {"low": 27, "qualifier": "exact", "estimatedBy": "media"}, "subject": "events"}""";

    private static String tallies(String... claims) {
        return "{\"claims\": [" + String.join(",", claims) + "]}";
    }

    @Test
    void aReportOfTalliesAloneIsAccepted() {
        submit(CONTRIBUTOR, tallies(claim("tally", GERMANY)))
                .statusCode(202)
                .body("claims[0].property", equalTo("tally"))
                .body("claims[0].status", equalTo("pending"));
    }

    @Test
    void anApprovedTallyIsPublishedAtOnceWithNoEventToWaitFor() {
        Submitted report = submittedAndChecked(CONTRIBUTOR, tallies(claim("tally", GERMANY)));
        approve(moderator("moderator1"), report.claim(0));
        JsonObject approved = awaitMessage(Topology.CLAIM_APPROVED, "events", payloadWith("claimId", report.claim(0)))
                .orElseThrow(() -> new AssertionError("ClaimApproved not published"));
        assertEquals("tally", approved.getJsonObject("payload").getString("property"));
        claimAsModerator(report.claim(0)).body("status", equalTo("approved"));
    }

    @Test
    void aTallyIsFiledUnderItsOwnKindAndCountry() {
        Submitted report = submittedAndChecked(CONTRIBUTOR, tallies(claim("tally", GERMANY)));
        claimAsModerator(report.claim(0)).body("property", equalTo("tally"));
        Fixtures.get(moderator("moderator1"), "/api/v1/moderation/queue?property=tally&country=DE&limit=200")
                .statusCode(200)
                .body("items.id", org.hamcrest.Matchers.hasItem(report.claim(0).toString()));
    }

    @Test
    void aTallyBesideAnExistenceClaimIsRefused() {
        submit(
                        CONTRIBUTOR,
                        tallies(
                                claim("existence", existence("rally", "2026-01-17", "DE", "Hamburg", 53.55, 9.99)),
                                claim("tally", GERMANY)))
                .statusCode(400)
                .body("errors[0].message", containsString("report tallies on their own"));
    }

    @Test
    void aTallyAboutAnExistingEventIsRefused() {
        submit(CONTRIBUTOR, about(UUID.randomUUID(), claim("tally", GERMANY)))
                .statusCode(400)
                .body("errors[0].message", containsString("report tallies on their own"));
    }
}
