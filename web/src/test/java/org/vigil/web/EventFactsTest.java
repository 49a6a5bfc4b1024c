package org.vigil.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The facts of an event page beyond what and where: who was hurt, signatures, time, relations, scope. */
@QuarkusTest
class EventFactsTest {

    @Test
    void countsTheInjuredByWhoTheSourcesSayTheyWere() {
        PublicPage.event("en", PublicApiStandIn.LONDON)
                .body(allOf(
                        containsString("among police: <span class=\"figure-range\">4</span>"),
                        containsString("among protesters: <span class=\"figure-range\">1</span>"),
                        containsString("<strong>4</strong> among police, estimated by the police")));
    }

    @Test
    void showsAPetitionsSignatures() {
        PublicPage.event("en", PublicApiStandIn.LONDON)
                .body(allOf(containsString("<h3>Signatures</h3>"), containsString("12,000")));
    }

    @Test
    void showsTheLocalTimeWithItsZone() {
        PublicPage.event("en", PublicApiStandIn.LONDON).body(containsString("14:30 (Europe/London)"));
        PublicPage.event("fa", PublicApiStandIn.LONDON).body(containsString("۱۴:۳۰ (Europe/London)"));
    }

    @Test
    void marksOnlyTheQuoteNotFoundInItsSourceAsUnverified() {
        String html = PublicPage.event("en", PublicApiStandIn.LONDON).extract().asString();
        assertEquals(1, html.split("<span class=\"unverified\"", -1).length - 1, "one unverified quote of two");
    }

    @Test
    void linksRelatedEventsFromBothSides() {
        PublicPage.event("en", PublicApiStandIn.LONDON)
                .body(allOf(
                        containsString("followed by: <a href=\"/events/" + PublicApiStandIn.MUNICH + "\">"
                                + "<bdi dir=\"auto\">Global day of action rally in Munich</bdi></a>"),
                        containsString("includes: <a href=\"/events/" + PublicApiStandIn.INCIDENT + "\">"
                                + "<bdi dir=\"auto\">Phishing of diaspora journalists</bdi></a>"),
                        containsString("href=\"/?campaign=Woman%2C+Life%2C+Freedom\"")));
    }

    @Test
    void anIncidentWithNoPlaceOnAMapShowsItsScopeAndTargets() {
        PublicPage.event("en", PublicApiStandIn.INCIDENT)
                .body(allOf(
                        containsString("<dd>Online<p class=\"scope-note\">"),
                        containsString("<dt>Countries targeted</dt>"),
                        containsString("<li>United Kingdom</li><li>Germany</li>")));
    }

    @Test
    void listsTheSourcesTheEventRestsOnMarkingOneWhoseQuotesWereNotFound() {
        PublicPage.event("en", PublicApiStandIn.INCIDENT)
                .body(allOf(
                        containsString("<h2 id=\"sources-title\">Sources</h2>"),
                        containsString("href=\"https://www.theguardian.com/threats\""),
                        containsString("<span class=\"unverified\">unverified</span> None of the quotes")));
    }
}
