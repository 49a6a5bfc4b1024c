package org.vigil.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser signed in to the workspaces through {@link IdentityStandIn} (whose one person holds
 * every role), as the workspace tests drive it: its pages, and forms sent with the page's token.
 */
final class SignedIn {

    private SignedIn() {}

    /** Goes through the authorization-code flow as a browser would; answers the session's cookies. */
    static Map<String, String> cookies() {
        Response toLogin = given().redirects().follow(false).when().get("/my-reports");
        assertEquals(302, toLogin.statusCode());
        Map<String, String> cookies = new HashMap<>(toLogin.cookies());
        Response back = given().redirects().follow(false).when().get(toLogin.header("Location"));
        Response signedIn =
                given().redirects().follow(false).cookies(cookies).when().get(back.header("Location"));
        assertEquals(302, signedIn.statusCode(), "the code is exchanged, then the browser goes back to the page");
        cookies.putAll(signedIn.cookies());
        return cookies;
    }

    /** The token a page's form carries in its {@code csrf} field. */
    static String csrfField(String html) {
        Matcher field = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(html);
        assertTrue(field.find(), "the form carries its token");
        return field.group(1);
    }

    /** The page at {@code path} as the signed-in person gets it, answered 200. */
    static String page(String path) {
        return given().cookies(cookies())
                .when()
                .get(path)
                .then()
                .statusCode(200)
                .extract()
                .asString();
    }

    /**
     * Signs in and opens the form at {@code page}: a request carrying the session and the form's
     * token, which follows no redirect.
     */
    static RequestSpecification fromThePage(String page) {
        Map<String, String> cookies = new HashMap<>(cookies());
        Response form = given().cookies(cookies).when().get(page);
        assertEquals(200, form.statusCode());
        cookies.putAll(form.cookies());
        return given().cookies(cookies).redirects().follow(false).formParam("csrf", csrfField(form.asString()));
    }

    /** A signed-in form sent with a forged token instead of the page's, which follows no redirect. */
    static RequestSpecification withAForgedToken() {
        return given().cookies(cookies()).redirects().follow(false).formParam("csrf", "forged");
    }
}
