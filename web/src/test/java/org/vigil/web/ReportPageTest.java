package org.vigil.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import io.vertx.core.json.JsonObject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The report form: a source first, then the quote and the event; what it sends, what comes back. */
@QuarkusTest
class ReportPageTest {

    static final String TEXT = "Over 250,000 attended the 14 February rally in Munich, making it the largest.\r\n"
            + "<script>alert('text')</script> javascript:alert(1)";

    /** The page at {@code path} as the signed-in contributor gets it, with its expected {@code status}. */
    private static String shown(String path, int status) {
        return SignedIn.fromThePage("/report")
                .when()
                .get(path)
                .then()
                .statusCode(status)
                .extract()
                .asString();
    }

    /** The first step's form with a source pasted: its address and {@link #TEXT}. */
    private static RequestSpecification pasting(String url) {
        return SignedIn.fromThePage("/report").formParam("url", url).formParam("text", TEXT);
    }

    private static RequestSpecification claimFilledIn(String exact) {
        return SignedIn.fromThePage("/report")
                .formParam("sourceId", ModerationStandIn.SOURCE)
                .formParam("sourceVersion", "1")
                .formParam("sourceName", "Munich news")
                .formParam("text", TEXT)
                .formParam("exact", exact)
                .formParam("prefix", "")
                .formParam("suffix", ", making it the largest.")
                .formParam("kind", "rally")
                .formParam("eventTitle", "<script>alert('t')</script>")
                .formParam("date", "2026-02-14")
                .formParam("countryCode", "de")
                .formParam("city", "Munich")
                .formParam("attendanceLow", "250000");
    }

    /** What the page answers, with the expected {@code status}, when the signed-in contributor sends {@code form} to {@code path}. */
    private static String sent(RequestSpecification form, String path, int status) {
        return form.when().post(path).then().statusCode(status).extract().asString();
    }

    @Test
    void theReportPageRequiresSigningIn() {
        given().redirects().follow(false).when().get("/report").then().statusCode(302);
    }

    @Test
    void aPastedSourceIsRegisteredAndItsTextShownToSelectTheQuoteIn() {
        ModerationStandIn.REGISTERED.clear();
        String html =
                sent(pasting("https://example.org/munich").formParam("title", "Munich news"), "/report/source", 200);
        JsonObject registered = new JsonObject(ModerationStandIn.REGISTERED.get(0));
        assertEquals("https://example.org/munich", registered.getString("url"));
        assertFalse(registered.getString("text").contains("\r"), "line breaks as the page shows them");
        assertTrue(html.contains("name=\"sourceId\" value=\"" + ModerationStandIn.SOURCE + "\""), "cites the source");
        assertTrue(html.contains("data-quote-source"), "its text, to select the quote in");
        assertTrue(
                html.contains("&lt;script&gt;alert(&#39;text&#39;)&lt;/script&gt; javascript:alert(1)</div>"),
                html.substring(
                        html.indexOf("data-quote-source"), html.indexOf("</div>", html.indexOf("data-quote-source"))));
        assertFalse(html.contains("<script>alert"));
    }

    @Test
    void theFormStartsFromWhatTheSourcesTextSuggests() {
        String html = sent(pasting("https://example.org/munich"), "/report/source", 200);
        assertTrue(html.contains(
                "id=\"attendanceLow\" name=\"attendanceLow\" type=\"text\" dir=\"auto\" value=\"250000\""));
        assertTrue(html.contains("id=\"city\" name=\"city\" type=\"text\" dir=\"auto\" value=\"Munich\""));
        assertTrue(html.contains("value=\"2026-02-14\""));
        assertTrue(html.contains("<q dir=\"auto\">250,000 came</q>"), "the suggestion's quote is shown");
    }

    @Test
    void aRefusedSourceShowsTheServicesErrorBesideItsField() {
        String html =
                sent(pasting("ftp:nowhere").formParam("title", "<script>alert('t')</script>"), "/report/source", 400);
        assertTrue(html.contains("<p class=\"field-error\" id=\"url-error\">must be an http(s) URL &lt;b&gt;</p>"));
        assertTrue(html.contains("value=\"&lt;script&gt;alert(&#39;t&#39;)&lt;/script&gt;\""), "what was typed stays");
    }

    @Test
    void aRegisteredSourceIsNamedByItsAddressInVigil() {
        String html = shown("/report?source=https://vigil.example/api/v1/sources/" + ModerationStandIn.SOURCE, 200);
        assertTrue(html.contains("name=\"sourceVersion\" value=\"2\""), "at the version shown");
        assertTrue(html.contains("Munich &lt;script&gt;alert(&#39;source&#39;)&lt;/script&gt;"), "its title as text");
        assertTrue(html.contains("data-quote-source"), "its text, when the service shows it");
    }

    @Test
    void aPickedSourcesPreservedTextIsShownToSelectTheQuoteInAsAPastedOnesIs() {
        String html = shown("/report?source=" + ModerationStandIn.SOURCE, 200);
        assertTrue(html.contains("<script type=\"module\" src=\"/assets/quote.js\"></script>"), "the selection");
        assertTrue(html.contains("<p class=\"hint\" id=\"preserved-hint\">"), "how to select the quote");
        assertTrue(
                html.contains("data-quote-source tabindex=\"0\" role=\"region\"")
                        && html.contains(
                                ">They said 250,000 came &lt;b&gt;early&lt;/b&gt;. Later: 250,000 came again.</div>"),
                "the text of the version shown, as text");
        assertTrue(
                html.contains("name=\"text\" value=\"They said 250,000 came &lt;b&gt;early&lt;/b&gt;."),
                "carried along to be shown again after a refusal");
        assertFalse(html.contains("<b>early"));
    }

    @Test
    void anUnknownSourceIsSaidSo() {
        String html = shown("/report?source=7c000000-0000-4000-8000-00000000dead", 404);
        assertTrue(html.contains("id=\"q-error\""));
    }

    @Test
    void aSearchListsTheRegisteredSourcesToPickFrom() {
        ModerationStandIn.SEARCHED.clear();
        String html = shown("/report?q=munich rally", 200);
        String asked = ModerationStandIn.SEARCHED.get(0);
        assertTrue(asked.matches("limit=10&q=munich(%20|\\+)rally"), asked);
        assertTrue(
                html.contains("<a href=\"/report?source=" + ModerationStandIn.SOURCE + "\" data-source-pick>"),
                "each found source is picked by a link to the second step");
        assertTrue(html.contains("Munich &lt;script&gt;alert(&#39;listed&#39;)&lt;/script&gt;"), "its title as text");
        assertTrue(html.contains("Example News"), "its publisher");
        assertTrue(html.contains("value=\"munich rally\""), "the words stay in the field");
        assertTrue(html.contains("/report?q=munich+rally&amp;cursor=c2"), "more after these");
        assertFalse(html.contains("<script>alert"));
    }

    @Test
    void anEmptySearchListsTheNewestSources() {
        ModerationStandIn.SEARCHED.clear();
        String html = shown("/report?q=", 200);
        assertEquals("limit=10", ModerationStandIn.SEARCHED.get(0));
        assertTrue(html.contains("data-source-pick"));
    }

    @Test
    void aSearchForASourcesAddressInVigilOpensThatSource() {
        String html = shown("/report?q=https://vigil.example/api/v1/sources/" + ModerationStandIn.SOURCE, 200);
        assertTrue(html.contains("name=\"sourceId\" value=\"" + ModerationStandIn.SOURCE + "\""));
    }

    @Test
    void anOverlongSearchIsSaidSoBesideTheField() {
        String html = shown("/report?q=" + "x".repeat(201), 200);
        assertTrue(html.contains("<p class=\"field-error\" id=\"q-error\">"));
        assertTrue(html.contains("aria-invalid=\"true\""));
    }

    @Test
    void aReportCitesTheRegisteredSourceAtItsVersionWithTheSelectedQuote() {
        ModerationStandIn.SUBMITTED.clear();
        claimFilledIn("Over 250,000 attended the 14 February rally in Munich")
                .when()
                .post("/report")
                .then()
                .statusCode(303)
                .header("Location", org.hamcrest.Matchers.startsWith("/my-reports?sent="));
        JsonObject report = new JsonObject(ModerationStandIn.SUBMITTED.get(0));
        JsonObject existence = report.getJsonArray("claims").getJsonObject(0);
        assertEquals("existence", existence.getString("property"));
        assertEquals(
                "DE", existence.getJsonObject("value").getJsonObject("place").getString("countryCode"));
        JsonObject citation = existence.getJsonArray("citations").getJsonObject(0);
        assertEquals(ModerationStandIn.SOURCE, citation.getString("sourceId"));
        assertEquals(1, citation.getInteger("sourceVersion"));
        assertEquals("Over 250,000 attended the 14 February rally in Munich", citation.getString("exact"));
        assertEquals(", making it the largest.", citation.getString("suffix"));
        JsonObject attendance = report.getJsonArray("claims").getJsonObject(1).getJsonObject("value");
        assertEquals(250000L, attendance.getLong("low"));
        assertEquals("at_least", attendance.getString("qualifier"), "as the form asks for it");
    }

    @Test
    void theServicesFieldErrorAppearsBesideTheFieldAndTheFormKeepsItsValues() {
        String html = sent(claimFilledIn(ModerationStandIn.NOT_IN_THE_SOURCE), "/report", 400);
        assertTrue(
                html.contains(
                        "<p class=\"field-error\" id=\"exact-error\">the quote is not in the source &lt;b&gt;</p>"),
                "beside the quote");
        assertTrue(html.contains("aria-invalid=\"true\""), "the field is marked");
        assertTrue(
                html.contains("value=\"&lt;script&gt;alert(&#39;t&#39;)&lt;/script&gt;\""), "escaped in its attribute");
        assertTrue(html.contains("data-quote-source"), "the source's text is shown again");
        assertFalse(html.contains("<script>alert"));
    }

    @Test
    void formsWithoutThePagesTokenAreRefusedAndNothingIsSent() {
        Map<String, String> cookies = SignedIn.cookies();
        ModerationStandIn.SUBMITTED.clear();
        ModerationStandIn.REGISTERED.clear();
        for (String path : new String[] {"/report", "/report/source"}) {
            given().cookies(cookies)
                    .redirects()
                    .follow(false)
                    .formParam("url", "https://example.org")
                    .formParam("csrf", "forged")
                    .when()
                    .post(path)
                    .then()
                    .statusCode(403);
        }
        assertTrue(ModerationStandIn.SUBMITTED.isEmpty());
        assertTrue(ModerationStandIn.REGISTERED.isEmpty());
    }
}
