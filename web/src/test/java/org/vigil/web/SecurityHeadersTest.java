package org.vigil.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every answer keeps the browser to this origin, pages and assets and errors alike. */
@QuarkusTest
class SecurityHeadersTest {

    @ParameterizedTest
    @ValueSource(
            strings = {"/", "/events/" + PublicApiStandIn.MUNICH, "/events/unknown", "/assets/app.css", "/no/such/page"
            })
    void everyAnswerCarriesTheStrictPolicy(String path) {
        ValidatableResponse response =
                given().redirects().follow(false).when().get(path).then();
        response.header(
                        "Content-Security-Policy",
                        allOf(
                                containsString("default-src 'self'"),
                                containsString("script-src 'self';"),
                                containsString("style-src 'self';"),
                                containsString("img-src 'self' data:;"),
                                containsString("connect-src 'self'"),
                                containsString("frame-ancestors 'none'")))
                .header("Referrer-Policy", equalTo("no-referrer"))
                .header("X-Content-Type-Options", equalTo("nosniff"));
    }
}
