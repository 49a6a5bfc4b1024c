package org.vigil.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.vertx.core.json.JsonObject;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The report form: what it sends, what comes back beside the fields, and forms from elsewhere. */
@QuarkusTest
class ReportPageTest {

    private static Map<String, String> signIn() {
        Response toLogin = given().redirects().follow(false).when().get("/report");
        Map<String, String> cookies = new HashMap<>(toLogin.cookies());
        Response back = given().redirects().follow(false).when().get(toLogin.header("Location"));
        cookies.putAll(given().redirects()
                .follow(false)
                .cookies(cookies)
                .when()
                .get(back.header("Location"))
                .cookies());
        return cookies;
    }

    /** Signs in, opens the form and answers a request that fills it in as a browser would. */
    private static RequestSpecification filledIn(String url) {
        Map<String, String> cookies = signIn();
        Response form = given().cookies(cookies).when().get("/report");
        assertEquals(200, form.statusCode());
        cookies.putAll(form.cookies());
        Matcher csrf = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(form.asString());
        assertTrue(csrf.find());
        return given().cookies(cookies)
                .redirects()
                .follow(false)
                .formParam("csrf", csrf.group(1))
                .formParam("url", url)
                .formParam("title", "<script>alert('t')</script>")
                .formParam("text", "Over 250,000 attended the 14 February rally in Munich, making it the largest.")
                .formParam("exact", "Over 250,000 attended the 14 February rally in Munich")
                .formParam("prefix", "")
                .formParam("suffix", ", making it the largest.")
                .formParam("kind", "rally")
                .formParam("eventTitle", "Rally in Munich")
                .formParam("date", "2026-02-14")
                .formParam("countryCode", "de")
                .formParam("city", "Munich")
                .formParam("attendanceLow", "250000");
    }

    @Test
    void theReportPageRequiresSigningIn() {
        given().redirects().follow(false).when().get("/report").then().statusCode(302);
    }

    @Test
    void aReportGoesToModerationAsAnExistenceAndAnAttendanceClaimWithTheQuote() {
        ModerationStandIn.SUBMITTED.clear();
        filledIn("https://example.org/munich")
                .when()
                .post("/report")
                .then()
                .statusCode(303)
                .header("Location", org.hamcrest.Matchers.containsString("/my-reports?sent="));
        JsonObject report = new JsonObject(ModerationStandIn.SUBMITTED.get(0));
        JsonObject existence = report.getJsonArray("claims").getJsonObject(0);
        assertEquals("existence", existence.getString("property"));
        assertEquals(
                "DE", existence.getJsonObject("value").getJsonObject("place").getString("countryCode"));
        JsonObject citation = existence.getJsonArray("citations").getJsonObject(0);
        assertEquals("Over 250,000 attended the 14 February rally in Munich", citation.getString("exact"));
        assertEquals(", making it the largest.", citation.getString("suffix"));
        assertEquals(
                250000L,
                report.getJsonArray("claims")
                        .getJsonObject(1)
                        .getJsonObject("value")
                        .getLong("low"));
    }

    @Test
    void theServicesFieldErrorAppearsBesideTheFieldAndTheFormKeepsItsValues() {
        String html = filledIn("ftp:nowhere")
                .when()
                .post("/report")
                .then()
                .statusCode(400)
                .extract()
                .asString();
        assertTrue(
                html.contains("<p class=\"field-error\" id=\"url-error\">must be an http(s) URL &lt;b&gt;</p>"),
                "beside the url");
        assertTrue(
                html.contains("aria-describedby=\"url-error\" aria-invalid=\"true\""), "the field points at its error");
        assertTrue(html.contains("value=\"Rally in Munich\""), "what was typed stays");
        assertTrue(
                html.contains("value=\"&lt;script&gt;alert(&#39;t&#39;)&lt;/script&gt;\""), "escaped in its attribute");
        assertFalse(html.contains("<script>alert"));
    }

    @Test
    void aReportWithoutThePagesTokenIsRefusedAndNotSent() {
        Map<String, String> cookies = signIn();
        ModerationStandIn.SUBMITTED.clear();
        given().cookies(cookies)
                .redirects()
                .follow(false)
                .formParam("url", "https://example.org")
                .formParam("csrf", "forged")
                .when()
                .post("/report")
                .then()
                .statusCode(403);
        assertTrue(ModerationStandIn.SUBMITTED.isEmpty());
    }
}
