package org.vigil.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * A problem's {@code type} is a page: whoever answered (a service, the gateway), the URI is
 * {@code <public-url>/problems/<slug>}, and fetching it through the gateway gets the web app's
 * page naming the problem (docs/problems.md).
 */
class ProblemPagesIT extends OnThePlatform {

    @Test
    void aServicesProblemTypeIsAPageDescribingIt() {
        // NUL in a query parameter: events-service refuses it
        JsonPath problem = given().baseUri(platform.gateway())
                .urlEncodingEnabled(false)
                .when()
                .get("/api/v1/events?q=a%00b")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .extract()
                .jsonPath();
        assertEquals(platform.gateway() + "/problems/invalid-input", problem.getString("type"));
        describes(problem);
    }

    @Test
    void theGatewaysOwnProblemTypeIsAPageDescribingIt() {
        // the gateway asks for a token before it looks for a route
        JsonPath problem = api.anonymous()
                .when()
                .get("/api/v1/no-such-collection")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .extract()
                .jsonPath();
        assertEquals(platform.gateway() + "/problems/unauthorized", problem.getString("type"));
        describes(problem);
    }

    /** GETs the problem's type, an absolute URI, as a browser would: a page with its title. */
    private static void describes(JsonPath problem) {
        given().urlEncodingEnabled(false)
                .header("Accept", "text/html")
                .header("Accept-Language", "en")
                .when()
                .get(problem.getString("type"))
                .then()
                .statusCode(200)
                .contentType(startsWith("text/html"))
                .header("Content-Security-Policy", containsString("default-src 'self'"))
                .body(containsString("<h1>" + problem.getString("title") + "</h1>"));
    }

    @Test
    void theProblemPagesArePhotographedAndHaveNoSeriousAccessibilityViolation() {
        Assumptions.assumeTrue(Browser.available(), "chromium and chromedriver (./vigil test installs them)");
        Map<String, String> pages = Map.of("problem", "/problems/invalid-input", "problems", "/problems/");
        List<String> failures = new ArrayList<>();
        try (Browser browser = new Browser()) {
            for (Map.Entry<String, String> page : pages.entrySet()) {
                for (String language : List.of("en", "fa")) {
                    for (Browser.Screen screen : List.of(Browser.DESKTOP, Browser.PHONE)) {
                        browser.resize(screen);
                        browser.driver.get(platform.gateway() + page.getValue() + "?lang=" + language);
                        String name = page.getKey() + "-" + screen.name() + "-" + language;
                        browser.screenshot(name, screen);
                        for (Map<String, Object> violation : browser.accessibilityViolations()) {
                            failures.add(name + ": " + violation);
                        }
                    }
                }
            }
            for (String resource : browser.resources()) {
                assertTrue(resource.startsWith(platform.gateway()), "loaded " + resource);
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }
}
