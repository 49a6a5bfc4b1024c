package org.vigil.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

/** A claim sent back for changes: its author revises it, beside the moderators' reasons. */
@QuarkusTest
class RevisionPageTest {

    static final String PAGE =
            "/my-reports/" + ModerationStandIn.REPORT + "/claims/" + ModerationStandIn.REVISABLE + "/revise";

    private static RequestSpecification fromThePage() {
        return SignedIn.fromThePage(PAGE)
                .config(io.restassured.RestAssured.config()
                        .encoderConfig(io.restassured.config.EncoderConfig.encoderConfig()
                                .defaultContentCharset("UTF-8")))
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("original", "\"Munich\"")
                .formParam("sourceId", ModerationStandIn.SOURCE);
    }

    @Test
    void aClaimSentBackForChangesOffersItsRevision() {
        String html = SignedIn.page("/my-reports");
        assertTrue(html.contains("href=\"" + PAGE + "\""), "the claim with changes requested");
        assertEquals(1, html.split("/revise\"", -1).length - 1, "only that one");
    }

    @Test
    void theRevisionFormShowsTheClaimItsQuoteAndTheModeratorsReasonAsText() {
        String html = SignedIn.page(PAGE);
        assertTrue(
                html.contains("&lt;img src=x onerror=alert(&#39;reason&#39;)&gt; \u202Eevil"), "the reason, escaped");
        assertTrue(html.contains(">Munich</textarea>"), "the value to correct");
        assertTrue(html.contains(">in Munich &lt;b&gt;</textarea>"), "the quote to correct");
        assertTrue(html.contains("action=\"" + PAGE + "\""));
        assertFalse(html.contains("<img src=x"));
    }

    @Test
    void aRevisionReachesModerationAsTheWholeValueAndItsQuote() {
        ModerationStandIn.REVISED.clear();
        fromThePage()
                .formParam("value", "Munich, Bavaria")
                .formParam("exact", "in Munich, Bavaria")
                .when()
                .post(PAGE)
                .then()
                .statusCode(303)
                .header("Location", org.hamcrest.Matchers.equalTo("/my-reports"));
        JsonObject revision = new JsonObject(ModerationStandIn.REVISED.get(0));
        assertEquals("Munich, Bavaria", revision.getString("value"));
        JsonObject citation = revision.getJsonArray("citations").getJsonObject(0);
        assertEquals(ModerationStandIn.SOURCE, citation.getString("sourceId"));
        assertEquals("in Munich, Bavaria", citation.getString("exact"));
    }

    @Test
    void aRefusedRevisionShowsTheServicesErrorBesideTheQuote() {
        String html = fromThePage()
                .formParam("value", "Munich")
                .formParam("exact", ModerationStandIn.NOT_IN_THE_SOURCE)
                .when()
                .post(PAGE)
                .then()
                .statusCode(400)
                .extract()
                .asString();
        assertTrue(html.contains(
                "<p class=\"field-error\" id=\"exact-error\">the quote is not in the source &lt;b&gt;</p>"));
    }

    @Test
    void aRevisionWithoutThePagesTokenIsRefusedAndNotSent() {
        ModerationStandIn.REVISED.clear();
        SignedIn.withAForgedToken()
                .formParam("exact", "x")
                .when()
                .post(PAGE)
                .then()
                .statusCode(403);
        assertTrue(ModerationStandIn.REVISED.isEmpty());
    }
}
