package org.vigil.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** What sources report (tallies), shown beside the record's own counts and never as events. */
@QuarkusTest
class TalliesOnTheHomePageTest {

    @Test
    void showsATallyBesideWhatTheRecordHoldsForTheSameKindPlaceAndPeriod() {
        PublicPage.read("en", "/")
                .body(allOf(
                        containsString("<strong>Sources report 27 rallies</strong>"),
                        containsString("the record holds 3"),
                        containsString(
                                "href=\"/?country=DE&amp;kind=rally&amp;from=2026-01-11&amp;to=2026-01-20#events\"")));
    }

    @Test
    void showsEachTallyWithTheQuoteAndSourceThatSaySo() {
        PublicPage.read("en", "/")
                .body(allOf(
                        containsString("Germany with 27 rallies in the ten days between 11 and 20 January"),
                        containsString("<strong>Sources report at least 73 cities</strong>"),
                        containsString("worldwide"),
                        containsString("rating-mixed")));
    }

    @Test
    void aCountryWithoutEventsStaysChosenInTheFilter() {
        PublicPage.read("en", "/?country=IS&kind=rally")
                .body(containsString("<option value=\"IS\" selected>Iceland (0)</option>"));
    }

    @Test
    void aFilterNoTallyCanAnswerShowsNone() {
        PublicPage.read("en", "/?campaign=Global+day+of+action").body(not(containsString("What sources report")));
    }

    @Test
    void readsInPersianWithPersianDigits() {
        PublicPage.read("fa", "/")
                .body(allOf(containsString("گزارش منابع: ۲۷ تجمع"), containsString("ثبت‌شده در این سامانه: ۳")));
    }
}
