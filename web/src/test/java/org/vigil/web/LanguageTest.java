package org.vigil.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LanguageTest {

    @Test
    void aPersianBrowserGetsPersianRightToLeft() {
        PublicPage.read("fa-IR,fa;q=0.9,en;q=0.5", "/")
                .header("Content-Language", "fa")
                .body(allOf(
                        containsString("<html lang=\"fa\" dir=\"rtl\">"),
                        containsString("اعتراض‌های ایرانیان خارج از کشور"),
                        not(containsString("Protests of the Iranian diaspora"))));
    }

    @Test
    void persianPagesWritePersianDigits() {
        PublicPage.read("fa", "/")
                .body(allOf(containsString("۱٬۲۳۴"), containsString("۲۵۰٬۰۰۰"), not(containsString(">1,234<"))));
    }

    @Test
    void persianEventPagesNameCountriesAndMonthsInPersian() {
        PublicPage.event("fa", PublicApiStandIn.MUNICH)
                .body(allOf(
                        containsString("آلمان"),
                        containsString("۱۴"),
                        containsString("مورد اختلاف"),
                        containsString("بیش از ۲۵۰٬۰۰۰")));
    }

    @Test
    void anyOtherLanguageGetsEnglish() {
        PublicPage.read("de-DE,de;q=0.9", "/").body(containsString("<html lang=\"en\" dir=\"ltr\">"));
    }

    @Test
    void aLangParameterWinsOverTheBrowser() {
        PublicPage.read("en", "/?lang=fa").body(containsString("<html lang=\"fa\" dir=\"rtl\">"));
    }

    @Test
    void theRememberedChoiceWinsOverTheBrowser() {
        given().header("Accept-Language", "en")
                .cookie("vigil-lang", "fa")
                .when()
                .get("/")
                .then()
                .statusCode(200)
                .body(containsString("dir=\"rtl\""));
    }

    @Test
    void theSwitchRemembersTheChoiceAndReturnsToThePage() {
        given().urlEncodingEnabled(false)
                .redirects()
                .follow(false)
                .when()
                .get("/language/fa?back=%2Fevents%2Fx%3Fa%3D1")
                .then()
                .statusCode(303)
                .header("Location", equalTo("/events/x?a=1"))
                .header(
                        "Set-Cookie",
                        allOf(
                                containsString("vigil-lang=fa"),
                                containsString("HttpOnly"),
                                containsString("SameSite=Lax")));
    }

    @Test
    void theSwitchNeverLeadsToAnotherSite() {
        given().redirects()
                .follow(false)
                .when()
                .get("/language/en?back=//evil.example/x")
                .then()
                .statusCode(303)
                .header("Location", equalTo("/"));
        given().redirects()
                .follow(false)
                .when()
                .get("/language/en?back=https://evil.example/")
                .then()
                .statusCode(303)
                .header("Location", equalTo("/"));
    }

    @Test
    void theSwitchLinkKeepsTheFilterButNotTheLangParameter() {
        PublicPage.read("en", "/?kind=rally&lang=en")
                .body(containsString("href=\"/language/fa?back=%2F%3Fkind%3Drally\""));
    }
}
