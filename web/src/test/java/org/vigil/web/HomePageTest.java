package org.vigil.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HomePageTest {

    @BeforeEach
    void forget() {
        PublicApiStandIn.REQUESTS.clear();
    }

    @Test
    void showsTheSummaryFigures() {
        PublicPage.read("en", "/")
                .contentType(containsString("text/html"))
                .body(allOf(
                        containsString("1,234"),
                        containsString("rallies"),
                        containsString("73"),
                        containsString("href=\"/events/" + PublicApiStandIn.MUNICH + "\">250,000</a>")));
    }

    @Test
    void listsTheEventsWithLinksToTheirPages() {
        given().when()
                .get("/")
                .then()
                .statusCode(200)
                .body(allOf(
                        containsString("href=\"/events/" + PublicApiStandIn.MUNICH + "\""),
                        containsString("Global day of action rally in Munich"),
                        containsString("14 February 2026"),
                        containsString("Munich, Germany"),
                        containsString("250,000 or more")));
    }

    @Test
    void passesTheFilterToTheApiAndKeepsItInTheLinks() {
        String html = given().when()
                .get("/?country=de&kind=rally&from=2026-01-11&to=2026-01-20&q=Munich")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(
                PublicApiStandIn.REQUESTS.stream()
                        .anyMatch(uri -> uri.startsWith("/api/v1/events?")
                                && uri.contains("country=DE")
                                && uri.contains("kind=rally")
                                && uri.contains("from=2026-01-11")
                                && uri.contains("to=2026-01-20")
                                && uri.contains("q=Munich")),
                PublicApiStandIn.REQUESTS.toString());
        String query = "country=DE&amp;kind=rally&amp;from=2026-01-11&amp;to=2026-01-20&amp;q=Munich";
        assertTrue(html.contains("href=\"/api/v1/events.csv?" + query + "\""), "CSV export of the filter");
        assertTrue(html.contains("href=\"/api/v1/events.geojson?" + query + "\""), "GeoJSON export of the filter");
        assertTrue(
                html.contains("data-geojson=\"/api/v1/events.geojson?" + query + "\""),
                "the map reads the same filter");
        assertTrue(html.contains("<option value=\"DE\" selected>"), "the chosen country stays chosen");
        assertTrue(html.contains("value=\"2026-01-11\""), "the dates stay in the form");
    }

    @Test
    void linksTheNextPageOfTheListUnderTheSameFilter() {
        given().when()
                .get("/?kind=rally")
                .then()
                .statusCode(200)
                .body(containsString("href=\"/?kind=rally&amp;cursor=next-page#events\""));
    }

    @Test
    void drawsTheTimelineOnTheServerAsSvg() {
        given().when()
                .get("/")
                .then()
                .statusCode(200)
                .body(allOf(
                        containsString("<svg viewBox=\"0 0 720 180\""),
                        containsString("<rect class=\"bar-rally\""),
                        containsString("<rect class=\"bar-attack\""),
                        containsString("Rally: 1,200")));
    }

    @Test
    void anInvalidFilterIsReportedBesideItsFieldAndNotSentOn() {
        given().when()
                .get("/?from=14.02.2026&kind=picnic")
                .then()
                .statusCode(400)
                .body(allOf(
                        containsString("There is a problem with the filter"),
                        containsString("id=\"filter-from-error\""),
                        containsString("aria-describedby=\"filter-kind-error\""),
                        containsString("href=\"#filter-from\"")));
        assertTrue(
                PublicApiStandIn.REQUESTS.stream().noneMatch(uri -> uri.startsWith("/api/v1/events")),
                PublicApiStandIn.REQUESTS.toString());
    }

    @Test
    void theMapIsAModuleScriptThatEnhancesAPlaceholder() {
        given().when()
                .get("/")
                .then()
                .statusCode(200)
                .body(allOf(
                        containsString("<script type=\"module\" src=\"/assets/map.js\"></script>"),
                        containsString("id=\"map\""),
                        containsString("<noscript>"),
                        not(containsString("style="))));
    }

    @Test
    void servesTheBundledAssetsItself() {
        given().when().get("/assets/map.js").then().statusCode(200);
        given().when().get("/assets/app.css").then().statusCode(200).body(containsString("Vazirmatn"));
        given().when().get("/assets/countries-110m.json").then().statusCode(200);
    }
}
