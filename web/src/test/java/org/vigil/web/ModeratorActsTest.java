package org.vigil.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Acts that take two moderators (merging events, retracting an event) and the admins' page. */
@QuarkusTest
class ModeratorActsTest {

    static final String OTHER = "5f0e1c4e-0000-4000-8000-000000000004";

    private static Response merge(String reason) {
        return SignedIn.fromThePage("/moderation/merge")
                .formParam("event", PublicApiStandIn.MUNICH)
                .formParam("into", "https://vigil.example/events/" + OTHER)
                .formParam("reason", reason)
                .when()
                .post("/moderation/merge");
    }

    @Test
    void theFirstModeratorsMergeIsProposedAndSaysItWaitsForASecond() {
        ModerationStandIn.ACTED.clear();
        Response proposed = merge("the same rally");
        assertEquals(303, proposed.statusCode());
        assertTrue(proposed.header("Location").endsWith("/moderation/merge?act=proposed"));
        assertTrue(ModerationStandIn.ACTED.get(0).startsWith("/api/v1/events/" + PublicApiStandIn.MUNICH + "/merge {"));
        assertTrue(ModerationStandIn.ACTED.get(0).contains("\"into\":\"" + OTHER + "\""));
        String page = given().cookies(SignedIn.cookies())
                .when()
                .get("/moderation/merge?act=proposed&lang=en")
                .asString();
        assertTrue(page.contains("when a second moderator asks for the same"), "the moderator is told");
    }

    @Test
    void theSecondModeratorsSameMergeIsApplied() {
        Response done = merge("confirm");
        assertEquals(303, done.statusCode());
        assertTrue(done.header("Location").endsWith("/moderation/merge?act=done"));
    }

    @Test
    void aMergeTheServiceRefusesShowsItsReasonAsText() {
        String html = merge("refuse").then().statusCode(400).extract().asString();
        assertTrue(html.contains("already merged &lt;b&gt;"));
    }

    @Test
    void somethingThatIsNotAnEventIsNotMergedAndStaysText() {
        ModerationStandIn.ACTED.clear();
        String html = SignedIn.fromThePage("/moderation/merge")
                .formParam("event", "javascript:alert(1)")
                .formParam("into", "\"><script>alert(2)</script>")
                .formParam("reason", "x")
                .when()
                .post("/moderation/merge")
                .then()
                .statusCode(400)
                .extract()
                .asString();
        assertTrue(html.contains("id=\"event-error\""));
        assertTrue(html.contains("value=\"&quot;&gt;&lt;script&gt;alert(2)&lt;/script&gt;\""));
        assertFalse(html.contains("<script>alert"));
        assertTrue(ModerationStandIn.ACTED.isEmpty(), "moderation-service was not asked");
    }

    @Test
    void aDuplicateOnTheClaimPageLeadsToItsMerge() {
        String html = given().cookies(SignedIn.cookies())
                .when()
                .get("/moderation/claims/7b000000-0000-4000-8000-0000000000c1")
                .asString();
        assertTrue(
                html.contains("/moderation/merge?event=5f0e1c4e-0000-4000-8000-000000000009&amp;into="
                        + PublicApiStandIn.MUNICH),
                "the claim's event into the duplicate");
    }

    @Test
    void aRetractionIsProposedWithItsReason() {
        ModerationStandIn.ACTED.clear();
        String claim = "/moderation/claims/" + ModerationStandIn.CLAIM;
        Response proposed = SignedIn.fromThePage(claim)
                .formParam("reason", "the source withdrew it")
                .when()
                .post(claim + "/retract");
        assertEquals(303, proposed.statusCode());
        assertTrue(proposed.header("Location").endsWith(claim + "?act=proposed"));
        assertTrue(ModerationStandIn.ACTED.get(0).contains("\"reason\":\"the source withdrew it\""));
    }

    @Test
    void theClaimPageSaysOnlyTheOutcomesItKnows() {
        String claim = "/moderation/claims/" + ModerationStandIn.CLAIM;
        Map<String, String> cookies = SignedIn.cookies();
        assertTrue(given().cookies(cookies)
                .when()
                .get(claim + "?act=proposed&lang=en")
                .asString()
                .contains("class=\"notice\""));
        String forged = given().cookies(cookies)
                .when()
                .get(claim + "?act=%3Cscript%3Ealert(1)%3C/script%3E")
                .asString();
        assertFalse(forged.contains("class=\"notice\""));
        assertFalse(forged.contains("<script>alert"));
    }

    @Test
    void theAdminPageShowsTheAuditChainAndThePublishersAsText() {
        String html = SignedIn.page("/admin?lang=en");
        assertTrue(html.contains("The chain is intact: 42 entries"));
        assertTrue(html.contains("&lt;script&gt;alert(&#39;p&#39;)&lt;/script&gt;"), "the publisher's name as text");
        assertTrue(html.contains("<option value=\"reliable\" selected>"), "its rating chosen");
        assertFalse(html.contains("<script>alert"));
    }

    @Test
    void theAdminPageSaysHowManyActsAwaitChainingAndSinceWhen() {
        assertTrue(SignedIn.page("/admin?lang=en")
                .contains("Acts recorded but not chained yet: 3. The sequencer chains them in order after they"
                        + " commit; the oldest was recorded at: <code dir=\"ltr\">2026-12-05 09:30:07 UTC</code>"));
    }

    @Test
    void anAdminRatesAPublisher() {
        ModerationStandIn.ACTED.clear();
        SignedIn.fromThePage("/admin")
                .formParam("rating", "state_affiliated")
                .when()
                .post("/admin/publishers/" + ModerationStandIn.PUBLISHER)
                .then()
                .statusCode(303);
        assertEquals(
                "/api/v1/publishers/" + ModerationStandIn.PUBLISHER + " {\"rating\":\"state_affiliated\"}",
                ModerationStandIn.ACTED.get(0));
    }

    @Test
    void formsWithoutThePagesTokenAreRefusedAndNothingIsAsked() {
        ModerationStandIn.ACTED.clear();
        Map<String, String> cookies = SignedIn.cookies();
        for (String path : new String[] {
            "/moderation/merge",
            "/moderation/claims/" + ModerationStandIn.CLAIM + "/retract",
            "/admin/publishers/" + ModerationStandIn.PUBLISHER
        }) {
            given().cookies(cookies)
                    .redirects()
                    .follow(false)
                    .formParam("csrf", "forged")
                    .formParam("event", PublicApiStandIn.MUNICH)
                    .formParam("into", OTHER)
                    .formParam("reason", "x")
                    .formParam("rating", "mixed")
                    .when()
                    .post(path)
                    .then()
                    .statusCode(403);
        }
        assertTrue(ModerationStandIn.ACTED.isEmpty());
    }
}
