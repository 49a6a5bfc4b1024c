package org.vigil.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EventPageTest {

    private static final String MUNICH_PAGE = "/events/" + PublicApiStandIn.MUNICH;

    @Test
    void showsWhatWhenAndWhere() {
        PublicPage.event("en", PublicApiStandIn.MUNICH)
                .body(allOf(
                        containsString("<h1 dir=\"auto\">Global day of action rally in Munich</h1>"),
                        containsString("Rally"),
                        containsString("14 February 2026"),
                        containsString("to the day"),
                        containsString("Munich, Bavaria, Germany"),
                        containsString("Iran"),
                        containsString("href=\"/?campaign=Global+day+of+action\"")));
    }

    @Test
    void showsEachFigureAsARangeWithItsDisputedMark() {
        PublicPage.event("en", PublicApiStandIn.MUNICH)
                .body(allOf(
                        containsString(
                                "<span class=\"figure-range\">80,000 or more</span> <span class=\"disputed\">disputed</span>"),
                        containsString("the sources disagree")));
    }

    @Test
    void showsEveryEstimateWithItsEstimatorQuoteSourcePublisherAndRating() {
        PublicPage.event("en", PublicApiStandIn.MUNICH)
                .body(allOf(
                        containsString("over 250,000"),
                        containsString("the media"),
                        containsString("Over 250,000 attended the 14 February rally in Munich"),
                        containsString("href=\"https://en.wikipedia.org/wiki/2026_Iranian_diaspora_protests\""),
                        containsString("Wikipedia"),
                        containsString("rating-mixed"),
                        containsString("about 80,000"),
                        containsString("the police"),
                        containsString("Polizei Bayern"),
                        containsString("reliable")));
    }

    @Test
    void showsTheHistoryAndTheRelatedEvents() {
        PublicPage.event("en", PublicApiStandIn.MUNICH)
                .body(allOf(
                        containsString("Published: title"),
                        containsString("Updated: attendance"),
                        containsString("part of: <a href=\"/events/5f0e1c4e-0000-4000-8000-000000000004\">")));
    }

    @Test
    void embedsTheEventsJsonLdPointingAtThisPage() throws Exception {
        String html = PublicPage.event("en", PublicApiStandIn.MUNICH).extract().asString();
        Matcher block = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL)
                .matcher(html);
        assertTrue(block.find(), "a JSON-LD data block");
        JsonNode doc = new ObjectMapper().readTree(block.group(1));
        assertEquals("Event", doc.get("@type").asText());
        assertTrue(doc.get("@id").asText().endsWith(MUNICH_PAGE));
    }

    @Test
    void aMergedEventRedirectsToTheSurvivorsPage() {
        given().redirects()
                .follow(false)
                .when()
                .get("/events/" + PublicApiStandIn.MERGED)
                .then()
                .statusCode(301)
                .header("Location", endsWith(MUNICH_PAGE));
    }

    @Test
    void anUnknownEventIsANotFoundPage() {
        given().header("Accept-Language", "en")
                .when()
                .get("/events/5f0e1c4e-0000-4000-8000-00000000ffff")
                .then()
                .statusCode(404)
                .contentType(containsString("text/html"))
                .body(containsString("Page not found"));
    }

    @Test
    void anIdThatIsNoIdIsANotFoundPage() {
        given().when().get("/events/not-an-id").then().statusCode(404).body(containsString("Back to all events"));
    }

    @Test
    void anUnknownPathIsANotFoundPage() {
        given().when().get("/no/such/page").then().statusCode(404).contentType(containsString("text/html"));
    }
}
