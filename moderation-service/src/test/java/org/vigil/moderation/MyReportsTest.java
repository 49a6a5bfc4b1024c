package org.vigil.moderation;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.vigil.moderation.Fixtures.approve;
import static org.vigil.moderation.Fixtures.claimAsModerator;
import static org.vigil.moderation.Fixtures.contributor;
import static org.vigil.moderation.Fixtures.decide;
import static org.vigil.moderation.Fixtures.get;
import static org.vigil.moderation.Fixtures.moderator;
import static org.vigil.moderation.Fixtures.munichReport;
import static org.vigil.moderation.Fixtures.newEvent;
import static org.vigil.moderation.Fixtures.post;
import static org.vigil.moderation.Fixtures.submitted;
import static org.vigil.moderation.Fixtures.submittedAndChecked;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.moderation.Fixtures.Submitted;
import org.vigil.testing.ArtemisTestResource;
import org.vigil.testing.OidcTestResource;

/** Contributors follow their own reports, and only their own; they withdraw what is still open. */
@QuarkusTest
@QuarkusTestResource(ArtemisTestResource.class)
@QuarkusTestResource(OidcTestResource.class)
class MyReportsTest {

    private static final String MODERATOR = moderator("moderator1");

    @Test
    void myReportsListsOnlyMineNewestFirst() {
        String mine = contributor("contributor-mine-1");
        Submitted first = submitted(mine, munichReport());
        Submitted second = submitted(mine, newEvent("rally", "2026-02-14", "CA", "Toronto", 43.653, -79.383));
        submitted(contributor("contributor-mine-other"), munichReport());

        get(mine, "/api/v1/reports/mine")
                .statusCode(200)
                .body("items", hasSize(2))
                .body(
                        "items.id",
                        equalTo(List.of(
                                second.reportId().toString(), first.reportId().toString())))
                .body("nextCursor", nullValue());
    }

    @Test
    void myReportsArePagedWithACursor() {
        String mine = contributor("contributor-mine-2");
        for (int i = 0; i < 3; i++) {
            submitted(mine, munichReport());
        }

        String cursor = get(mine, "/api/v1/reports/mine?limit=2")
                .body("items", hasSize(2))
                .body("nextCursor", notNullValue())
                .extract()
                .path("nextCursor");
        get(mine, "/api/v1/reports/mine?limit=2&cursor=" + cursor).body("items", hasSize(1));
    }

    @Test
    void aReportShowsEachClaimsStatusAndTheModeratorsReasons() {
        String mine = contributor("contributor-mine-3");
        Submitted report = submittedAndChecked(mine, munichReport());
        approve(MODERATOR, report.claim(0));
        decide(MODERATOR, report.claim(1), "reject", "the article gives no figure for Munich")
                .statusCode(200);

        get(mine, "/api/v1/reports/" + report.reportId())
                .statusCode(200)
                .body("eventId", equalTo(report.eventId().toString()))
                .body("status", equalTo("decided"))
                .body("claims.status", equalTo(List.of("approved", "rejected")))
                .body("claims[1].feedback[0].decision", equalTo("reject"))
                .body("claims[1].feedback[0].reason", equalTo("the article gives no figure for Munich"))
                .body("claims[0].citations[0].quoteCheck", equalTo("found"));
    }

    @Test
    void aReportNamesNoModerator() {
        String mine = contributor("contributor-mine-4");
        Submitted report = submittedAndChecked(mine, munichReport());
        decide(moderator("moderator-named-nowhere"), report.claim(1), "request_changes", "add the police figure")
                .statusCode(200);

        get(mine, "/api/v1/reports/" + report.reportId())
                .body(not(containsString("moderator-named-nowhere")))
                .body(not(containsString("moderator-")));
    }

    @Test
    void someoneElsesReportDoesNotExistForThem() {
        Submitted report = submitted(contributor("contributor-mine-5"), munichReport());

        get(contributor("contributor-mine-6"), "/api/v1/reports/" + report.reportId())
                .statusCode(404);
        get(Fixtures.contributingModerator("moderator-curious"), "/api/v1/reports/" + report.reportId())
                .statusCode(404);
    }

    @Test
    void withdrawingAReportWithdrawsItsOpenClaimsOnly() {
        String mine = contributor("contributor-mine-7");
        Submitted report = submittedAndChecked(mine, munichReport());
        approve(MODERATOR, report.claim(0));

        post(mine, "/api/v1/reports/" + report.reportId() + "/withdraw", "")
                .statusCode(200)
                .body("status", equalTo("withdrawn"))
                .body("withdrawnAt", notNullValue())
                .body("claims.status", equalTo(List.of("approved", "withdrawn")));
    }

    @Test
    void aWithdrawnClaimLeavesTheQueue() {
        String mine = contributor("contributor-mine-8");
        Submitted report = submittedAndChecked(mine, munichReport());
        post(mine, "/api/v1/reports/" + report.reportId() + "/withdraw", "").statusCode(200);

        claimAsModerator(report.claim(0)).body("status", equalTo("withdrawn"));
        decide(MODERATOR, report.claim(0), "approve", null).statusCode(409);
    }

    @Test
    void onlyTheAuthorCanWithdraw() {
        Submitted report = submitted(contributor("contributor-mine-9"), munichReport());

        post(contributor("contributor-mine-10"), "/api/v1/reports/" + report.reportId() + "/withdraw", "")
                .statusCode(404);
        assertEquals(
                "pending",
                get(contributor("contributor-mine-9"), "/api/v1/reports/" + report.reportId())
                        .extract()
                        .path("status"));
    }

    @Test
    void withdrawingAReportWithNothingOpenIs409() {
        String mine = contributor("contributor-mine-11");
        Submitted report = submitted(mine, munichReport());
        post(mine, "/api/v1/reports/" + report.reportId() + "/withdraw", "").statusCode(200);

        post(mine, "/api/v1/reports/" + report.reportId() + "/withdraw", "").statusCode(409);
    }

    @Test
    void aReaderWithoutTheContributorRoleHasNoReports() {
        get(Fixtures.moderator("moderator-only"), "/api/v1/reports/mine").statusCode(403);
    }
}
