package org.vigil.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.vigil.contracts.problem.ProblemType;

/** The pages every problem+json answer's type URI points at: {@code /problems/<slug>}. */
@QuarkusTest
class ProblemPageTest {

    /** The tests' public URL (application.properties): the types are named under it. */
    private static final String PUBLIC_URL = "http://localhost:8084";

    @Test
    void aProblemsPageSaysInEnglishWhatItMeansAndWhatToDo() {
        given().header("Accept-Language", "en")
                .when()
                .get("/problems/invalid-input")
                .then()
                .statusCode(200)
                .contentType(startsWith("text/html"))
                .header("Content-Language", "en")
                .header("Content-Security-Policy", containsString("default-src 'self'"))
                .body(allOf(
                        containsString("<html lang=\"en\" dir=\"ltr\">"),
                        containsString("<h1>Invalid input</h1>"),
                        containsString(">400<"),
                        containsString(PUBLIC_URL + "/problems/invalid-input"),
                        containsString("names each offending field"),
                        containsString("What to do")));
    }

    @Test
    void aPersianReaderGetsThePageInPersianRightToLeft() {
        given().header("Accept-Language", "fa-IR,fa;q=0.9")
                .when()
                .get("/problems/rate-limited")
                .then()
                .statusCode(200)
                .header("Content-Language", "fa")
                .body(allOf(
                        containsString("<html lang=\"fa\" dir=\"rtl\">"),
                        containsString("<h1>درخواست‌های بیش از اندازه</h1>"),
                        containsString(">۴۲۹<"),
                        containsString("Retry-After"),
                        containsString("<code class=\"problem-type\" dir=\"ltr\">" + PUBLIC_URL
                                + "/problems/rate-limited</code>"),
                        not(containsString("Too Many Requests"))));
    }

    @Test
    void everyProblemTypeHasAPageInBothLanguages() {
        for (ProblemType type : ProblemType.values()) {
            given().header("Accept-Language", "en")
                    .when()
                    .get("/problems/" + type.slug())
                    .then()
                    .statusCode(200)
                    .body(allOf(
                            containsString("<h1>" + type.title() + "</h1>"),
                            containsString(type.uri(PUBLIC_URL).toString()),
                            not(containsString("<p></p>"))));
            given().queryParam("lang", "fa")
                    .when()
                    .get("/problems/" + type.slug())
                    .then()
                    .statusCode(200)
                    .body(allOf(
                            containsString("dir=\"rtl\""),
                            not(containsString("<h1>" + type.title() + "</h1>")),
                            not(containsString("<p></p>"))));
        }
    }

    @Test
    void theIndexListsEveryProblemType() {
        var body = given().header("Accept-Language", "en")
                .when()
                .get("/problems/")
                .then()
                .statusCode(200)
                .contentType(startsWith("text/html"))
                .body(containsString("<h1>Problem types</h1>"));
        for (ProblemType type : ProblemType.values()) {
            body.body(containsString("<a href=\"/problems/" + type.slug() + "\">" + type.title() + "</a>"));
        }
    }

    @Test
    void anUnknownProblemIsNotFound() {
        given().header("Accept-Language", "en")
                .when()
                .get("/problems/no-such-problem")
                .then()
                .statusCode(404)
                .contentType(startsWith("text/html"));
        given().when().get("/problems/INVALID_INPUT").then().statusCode(404);
    }
}
