package org.vigil.web;

import static io.restassured.RestAssured.given;
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
        given().header("Accept-Language", "en")
                .when()
                .get("/")
                .then()
                .statusCode(200)
                .body(allOf(
                        containsString("<strong>Sources report 27 rallies</strong>"),
                        containsString("the record holds 3"),
                        containsString(
                                "href=\"/?country=DE&amp;kind=rally&amp;from=2026-01-11&amp;to=2026-01-20#events\"")));
    }

    @Test
    void showsEachTallyWithTheQuoteAndSourceThatSaySo() {
        given().header("Accept-Language", "en")
                .when()
                .get("/")
                .then()
                .statusCode(200)
                .body(allOf(
                        containsString("Germany with 27 rallies in the ten days between 11 and 20 January"),
                        containsString("<strong>Sources report at least 73 cities</strong>"),
                        containsString("worldwide"),
                        containsString("rating-mixed")));
    }

    @Test
    void aCountryWithoutEventsStaysChosenInTheFilter() {
        given().header("Accept-Language", "en")
                .when()
                .get("/?country=IS&kind=rally")
                .then()
                .statusCode(200)
                .body(containsString("<option value=\"IS\" selected>Iceland (0)</option>"));
    }

    @Test
    void aFilterNoTallyCanAnswerShowsNone() {
        given().header("Accept-Language", "en")
                .when()
                .get("/?campaign=Global+day+of+action")
                .then()
                .statusCode(200)
                .body(not(containsString("What sources report")));
    }

    @Test
    void readsInPersianWithPersianDigits() {
        given().header("Accept-Language", "fa")
                .when()
                .get("/")
                .then()
                .statusCode(200)
                .body(allOf(containsString("گزارش منابع: ۲۷ تجمع"), containsString("ثبت‌شده در این سامانه: ۳")));
    }
}
