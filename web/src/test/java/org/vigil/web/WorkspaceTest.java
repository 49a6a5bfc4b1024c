package org.vigil.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The workspaces: signing in, the session cookie, forms that only our pages can send, user text as text. */
@QuarkusTest
class WorkspaceTest {

    @Test
    void aWorkspacePageSendsTheBrowserToSignInWithPkce() {
        Response response = given().redirects().follow(false).when().get("/my-reports");
        assertEquals(302, response.statusCode());
        String location = response.header("Location");
        assertTrue(location.contains("/realms/test/protocol/openid-connect/auth"), location);
        assertTrue(location.contains("code_challenge_method=S256"), location);
        assertTrue(location.contains("code_challenge="), location);
    }

    @Test
    void thePublicReaderAsksNobodyToSignIn() {
        given().redirects().follow(false).when().get("/").then().statusCode(200);
        given().redirects()
                .follow(false)
                .when()
                .get("/events/" + PublicApiStandIn.MUNICH)
                .then()
                .statusCode(200);
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSite() {
        Response toLogin = given().redirects().follow(false).when().get("/my-reports");
        Response back = given().redirects().follow(false).when().get(toLogin.header("Location"));
        Response signedIn = given().redirects()
                .follow(false)
                .cookies(toLogin.cookies())
                .when()
                .get(back.header("Location"));
        String session = signedIn.headers().getValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("q_session"))
                .findFirst()
                .orElseThrow();
        assertTrue(session.toLowerCase().contains("; httponly"), session);
        assertTrue(session.toLowerCase().contains("samesite=lax"), session);
        String value = session.substring("q_session=".length(), session.indexOf(';'));
        assertEquals(5, value.split("\\.").length, "the tokens are encrypted (JWE), not readable in the cookie");
    }

    @Test
    void mySignedInPageShowsMyReportsWithoutMyAccountName() {
        String html = SignedIn.page("/my-reports");
        assertTrue(html.contains("attendance"), "the claims are listed");
        assertTrue(html.contains("changes requested"), "with their status");
        assertFalse(html.contains(IdentityStandIn.ACCOUNT_NAME), "no account name on the page");
        assertFalse(html.contains("ana.account"), "not even part of it");
    }

    @Test
    void aModeratorsReasonAndMyNoteAreText() {
        String html = SignedIn.page("/my-reports");
        assertTrue(html.contains("&lt;img src=x onerror=alert(&#39;reason&#39;)&gt;"), "the reason is escaped");
        assertTrue(
                html.contains("<bdi dir=\"auto\">&lt;script&gt;alert(&#39;note&#39;)&lt;/script&gt;</bdi>"),
                "the note too");
        assertFalse(html.contains("<img src=x"));
        assertFalse(html.contains("<script>alert"));
    }

    @Test
    void aWithdrawalWithoutThePagesTokenIsRefusedAndChangesNothing() {
        Map<String, String> cookies = SignedIn.cookies();
        given().cookies(cookies).when().get("/my-reports").then().statusCode(200);
        ModerationStandIn.REQUESTS.clear();
        given().cookies(cookies)
                .redirects()
                .follow(false)
                .formParam("csrf", "forged")
                .when()
                .post("/my-reports/" + ModerationStandIn.REPORT + "/withdraw")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().cookies(cookies)
                .redirects()
                .follow(false)
                .when()
                .post("/my-reports/" + ModerationStandIn.REPORT + "/withdraw")
                .then()
                .statusCode(403);
        assertTrue(
                ModerationStandIn.REQUESTS.isEmpty(),
                "moderation-service was not asked: " + ModerationStandIn.REQUESTS);
    }

    @Test
    void aWithdrawalFromThePageReachesModerationWithThePersonsToken() {
        Map<String, String> cookies = SignedIn.cookies();
        Response page = given().cookies(cookies).when().get("/my-reports");
        cookies.putAll(page.cookies());
        String csrf = SignedIn.csrfField(page.asString());
        assertNotNull(cookies.get("vigil-csrf"));
        ModerationStandIn.REQUESTS.clear();
        given().cookies(cookies)
                .redirects()
                .follow(false)
                .formParam("csrf", csrf)
                .when()
                .post("/my-reports/" + ModerationStandIn.REPORT + "/withdraw")
                .then()
                .statusCode(303)
                .header("Location", org.hamcrest.Matchers.endsWith("/my-reports"));
        assertEquals(
                "POST /api/v1/reports/" + ModerationStandIn.REPORT + "/withdraw", ModerationStandIn.REQUESTS.get(0));
    }
}
