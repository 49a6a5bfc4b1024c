package org.vigil.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Incidents with no place on a map (online, transnational) on the home page: docs/counting.md. */
@QuarkusTest
class IncidentsOnTheHomePageTest {

    @BeforeEach
    void forget() {
        PublicApiStandIn.REQUESTS.clear();
    }

    @Test
    void listsThemInASectionOfTheirOwnWithTheCountriesTheyTarget() {
        PublicPage.read("en", "/")
                .body(allOf(
                        containsString("<h2 id=\"incidents-title\">Incidents with no place on a map</h2>"),
                        containsString("href=\"/events/" + PublicApiStandIn.INCIDENT + "\""),
                        containsString("Online, targeting United Kingdom, Germany")));
    }

    @Test
    void countsThemInTheirOwnBucketBesideTheSummary() {
        PublicPage.read("en", "/")
                .body(allOf(
                        containsString("<a class=\"value\" href=\"/?country=online#events\">2</a>"
                                + " <span class=\"label\">online incidents</span>"),
                        containsString("All 2 online incidents")));
    }

    @Test
    void aCountryInTheFilterAsksForTheIncidentsThatTargetIt() {
        PublicPage.read("en", "/?country=GB").body(containsString("Those that target United Kingdom:"));
        assertTrue(
                PublicApiStandIn.REQUESTS.stream()
                        .anyMatch(uri -> uri.startsWith("/api/v1/events?scope=online&target=GB")),
                PublicApiStandIn.REQUESTS.toString());
    }

    @Test
    void choosingOnlineWhereACountryGoesListsThoseIncidentsOnceAsTheList() {
        PublicPage.read("en", "/?country=online")
                .body(allOf(
                        containsString("<option value=\"online\" selected>Online (2)</option>"),
                        not(containsString("id=\"incidents-title\""))));
        assertTrue(
                PublicApiStandIn.REQUESTS.stream()
                        .anyMatch(uri -> uri.startsWith("/api/v1/events?scope=online&limit=")),
                PublicApiStandIn.REQUESTS.toString());
        assertTrue(
                PublicApiStandIn.REQUESTS.stream().noneMatch(uri -> uri.contains("country=online")),
                PublicApiStandIn.REQUESTS.toString());
    }

    @Test
    void theMapAndExportsOfTheOnlineChoiceAskForTheScope() {
        PublicPage.read("en", "/?country=online&kind=threat")
                .body(allOf(
                        containsString("data-geojson=\"/api/v1/events.geojson?scope=online&amp;kind=threat\""),
                        containsString("href=\"/api/v1/events.csv?scope=online&amp;kind=threat\"")));
    }

    @Test
    void readsInPersianWithPersianDigits() {
        PublicPage.read("fa", "/")
                .body(allOf(
                        containsString("رویدادهایی که جایی روی نقشه ندارند"),
                        containsString("همهٔ ۲ رویداد برخط"),
                        containsString("برخط، با هدف")));
    }
}
