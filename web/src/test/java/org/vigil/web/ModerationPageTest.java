package org.vigil.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The moderators' workspace: the queue, a claim beside its marked source text, decisions. */
@QuarkusTest
class ModerationPageTest {

    private static String claimPage(Map<String, String> cookies) {
        Response page = given().cookies(cookies).when().get("/moderation/claims/" + ModerationStandIn.CLAIM);
        assertEquals(200, page.statusCode());
        cookies.putAll(page.cookies());
        return page.asString();
    }

    @Test
    void theQueueListsClaimsWithTheSubmittersPseudonymAsText() {
        String html = SignedIn.page("/moderation?status=pending");
        assertTrue(html.contains("href=\"/moderation/claims/" + ModerationStandIn.CLAIM + "\""));
        assertTrue(html.contains("quiet-heron-&lt;i&gt;42&lt;/i&gt;"), "the pseudonym, escaped");
        assertTrue(html.contains("0 of 1 approvals"));
    }

    @Test
    void anAmbiguousQuoteIsMarkedAtEveryOccurrenceInTheEscapedText() {
        String html = claimPage(SignedIn.cookies());
        assertEquals(2, html.split("<mark>250,000 came</mark>", -1).length - 1, "both occurrences");
        assertTrue(html.contains("&lt;b&gt;early&lt;/b&gt;"), "the source text is text");
        assertTrue(html.contains("found 2 times"));
        assertTrue(html.contains("href=\"/events/" + PublicApiStandIn.MUNICH + "\""), "the possible duplicate");
    }

    @Test
    void possibleDuplicatesStandBesideTheClaimAsThePublicRecordShowsThem() {
        String html = claimPage(SignedIn.cookies());
        String beside = html.substring(html.indexOf("class=\"side-by-side\""));
        assertTrue(beside.contains("at least 250,000"), "the claim");
        assertTrue(beside.contains("Global day of action rally in Munich"), "the possible duplicate's title");
        assertTrue(beside.contains("80,000"), "and its attendance");
        assertTrue(
                beside.contains("/moderation/merge?event=5f0e1c4e-0000-4000-8000-000000000009&amp;into="
                        + PublicApiStandIn.MUNICH),
                "a merge starts from it");
    }

    @Test
    void aDecisionWithoutThePagesTokenIsRefusedAndNotSent() {
        Map<String, String> cookies = SignedIn.cookies();
        claimPage(cookies);
        ModerationStandIn.DECIDED.clear();
        given().cookies(cookies)
                .redirects()
                .follow(false)
                .formParam("decision", "approve")
                .formParam("reason", "ok")
                .when()
                .post("/moderation/claims/" + ModerationStandIn.CLAIM + "/decision")
                .then()
                .statusCode(403);
        assertTrue(ModerationStandIn.DECIDED.isEmpty());
    }

    @Test
    void aRefusedDecisionShowsTheReasonFieldsError() {
        Map<String, String> cookies = SignedIn.cookies();
        String csrf = SignedIn.csrfField(claimPage(cookies));
        String html = given().cookies(cookies)
                .redirects()
                .follow(false)
                .formParam("csrf", csrf)
                .formParam("decision", "reject")
                .when()
                .post("/moderation/claims/" + ModerationStandIn.CLAIM + "/decision")
                .then()
                .statusCode(400)
                .extract()
                .asString();
        assertTrue(html.contains("<p class=\"field-error\" id=\"reason-error\">a reason is required</p>"));
    }

    @Test
    void anApprovalWithAReasonGoesBackToTheQueue() {
        Map<String, String> cookies = SignedIn.cookies();
        String csrf = SignedIn.csrfField(claimPage(cookies));
        ModerationStandIn.DECIDED.clear();
        given().cookies(cookies)
                .redirects()
                .follow(false)
                .formParam("csrf", csrf)
                .formParam("decision", "approve")
                .formParam("reason", "matches the source")
                .when()
                .post("/moderation/claims/" + ModerationStandIn.CLAIM + "/decision")
                .then()
                .statusCode(303);
        assertFalse(ModerationStandIn.DECIDED.isEmpty());
        assertTrue(ModerationStandIn.DECIDED.get(0).contains("\"decision\":\"approve\""));
    }

    @Test
    void aClaimsValueIsShownInWordsNotAsJson() {
        String html = SignedIn.page("/moderation?lang=en");
        assertTrue(
                html.contains("attendance: <bdi dir=\"auto\">at least 250,000 · estimated by: the media</bdi>"),
                "a figure as its source put it, and who estimated it");
        assertFalse(html.contains("qualifier"), "no field names of the API");
        assertTrue(html.contains("kind: Rally"), "an event's kind by its name");
        assertTrue(html.contains("14 February 2026"), "its date as a day");
        assertTrue(html.contains("Munich, Germany"), "its place by its names");
        assertTrue(html.contains("title: &lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt; \u202Egnp.exe"), "text");
        assertFalse(html.contains("{&quot;"), "no JSON");
        assertFalse(html.contains("48.137"), "no coordinates");
        assertFalse(html.contains("<script>alert"));
    }

    @Test
    void theNavigationLeadsToEveryWorkspaceOfThePersonsRolesAndShowsNoAccountName() {
        String html = SignedIn.page("/moderation");
        String nav = html.substring(html.indexOf("<nav"), html.indexOf("</nav>"));
        assertTrue(nav.contains("href=\"/moderation\""), nav);
        assertTrue(nav.contains("href=\"/my-reports\""), "a contributor too: " + nav);
        assertTrue(nav.contains("href=\"/admin\""), "an admin too: " + nav);
        assertFalse(html.contains(IdentityStandIn.ACCOUNT_NAME));
        assertFalse(html.contains("user-ana"), "not even the account's id");
    }
}
