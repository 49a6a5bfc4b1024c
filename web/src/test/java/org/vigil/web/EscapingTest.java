package org.vigil.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** User text is text: titles, quotes, places and URLs from the record never become markup or links. */
@QuarkusTest
class EscapingTest {

    private static String payloadPage() {
        return given().when()
                .get("/events/" + PublicApiStandIn.PAYLOAD)
                .then()
                .statusCode(200)
                .extract()
                .asString();
    }

    /** The only scripts a page has: its own module and the JSON-LD data block. */
    private static void assertNoScriptButOurs(String html) {
        Matcher scripts = Pattern.compile("<script[^>]*>").matcher(html);
        while (scripts.find()) {
            String tag = scripts.group();
            assertTrue(
                    tag.equals("<script type=\"application/ld+json\">")
                            || tag.equals("<script type=\"module\" src=\"/assets/map.js\">"),
                    "unexpected " + tag);
        }
    }

    @Test
    void aScriptInATitleIsText() {
        String html = payloadPage();
        assertTrue(html.contains("&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;"), "escaped title");
        assertNoScriptButOurs(html);
    }

    @Test
    void aScriptInTheListIsText() {
        String html = given().when().get("/").then().statusCode(200).extract().asString();
        assertTrue(html.contains("&lt;script&gt;alert(&#39;list&#39;)&lt;/script&gt;"));
        assertNoScriptButOurs(html);
    }

    @Test
    void aQuoteThatClosesItsElementStaysInside() {
        String html = payloadPage();
        assertTrue(
                html.contains("&lt;/blockquote&gt;&lt;script&gt;alert(&#39;quote&#39;)&lt;/script&gt;</blockquote>"));
        assertFalse(html.contains("<img src=x"), "a source title is text");
    }

    @Test
    void aJavascriptUrlIsNeverALink() {
        String html = payloadPage();
        assertFalse(html.toLowerCase().contains("href=\"javascript:"), "no javascript: link");
        assertTrue(html.contains("<p dir=\"auto\">javascript:alert(&#39;summary&#39;)</p>"), "shown as the text it is");
    }

    @Test
    void anAttributeValueCannotBeClosed() {
        String html = payloadPage();
        assertTrue(html.contains("href=\"/?campaign=%22%3E%3Cscript%3E"), "the campaign link carries the text encoded");
        assertNoScriptButOurs(html);
    }

    @Test
    void rightToLeftOverridesStayIsolatedInTheirOwnElement() {
        String html = payloadPage();
        assertTrue(
                html.contains(
                        "<h1 dir=\"auto\">&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;\u202Egnp.exe&lt;/title&gt;</h1>"));
        assertTrue(html.contains("<bdi dir=\"auto\">\u202Eevil publisher</bdi>"));
    }

    @Test
    void theJsonLdBlockCannotEndItsScript() throws Exception {
        String html = payloadPage();
        Matcher block = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL)
                .matcher(html);
        assertTrue(block.find());
        assertFalse(block.group(1).contains("<"), "no markup inside the data block");
        assertEquals(
                "</script><script>alert('ld')</script>",
                new ObjectMapper().readTree(block.group(1)).get("name").asText());
        assertNoScriptButOurs(html);
    }
}
