package org.vigil.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Behind the gateway: the browser knows only the public origin, the web app is spoken to at its own
 * address with the gateway's Host. Keycloak must send the browser back to the public origin, and
 * the cookies must be Secure when that origin is https.
 */
@QuarkusTest
@TestProfile(PublicOriginTest.BehindTheGateway.class)
class PublicOriginTest {

    static final String ORIGIN = "https://vigil.test";

    public static class BehindTheGateway implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = new HashMap<>();
            for (String profile : new String[] {"", "%test."}) {
                config.put(profile + "vigil.web.public-url", ORIGIN);
                config.put(profile + "quarkus.oidc.authentication.redirect-path", ORIGIN + "/signed-in");
                config.put(profile + "quarkus.oidc.logout.post-logout-path", ORIGIN + "/");
            }
            return config;
        }
    }

    /** What the gateway does with a public URL: the same path and query, sent to the web app. */
    private static String throughTheGateway(String publicUrl) {
        assertTrue(publicUrl.startsWith(ORIGIN + "/"), publicUrl);
        return RestAssured.baseURI + ":" + RestAssured.port + publicUrl.substring(ORIGIN.length());
    }

    private static String query(String url, String name) {
        for (String pair : url.substring(url.indexOf('?') + 1).split("&")) {
            if (pair.startsWith(name + "=")) {
                return URLDecoder.decode(pair.substring(name.length() + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private static boolean isSecure(String setCookie) {
        return setCookie.toLowerCase().matches(".*;\\s*secure\\s*(;.*|$)");
    }

    private static Response signIn(Map<String, String> cookies) {
        Response toLogin = given().redirects().follow(false).when().get("/my-reports?lang=fa");
        cookies.putAll(toLogin.cookies());
        Response back = given().redirects().follow(false).when().get(toLogin.header("Location"));
        Response signedIn = given().redirects()
                .follow(false)
                .cookies(cookies)
                .when()
                .get(throughTheGateway(back.header("Location")));
        cookies.putAll(signedIn.cookies());
        return signedIn;
    }

    @Test
    void keycloakSendsTheBrowserBackToThePublicOrigin() {
        Response toLogin = given().redirects().follow(false).when().get("/my-reports");
        assertEquals(302, toLogin.statusCode());
        assertEquals(ORIGIN + "/signed-in", query(toLogin.header("Location"), "redirect_uri"));
    }

    @Test
    void theCodeIsExchangedWithThePublicRedirectUriAndTheBrowserReturnsToItsPage() {
        Response signedIn = signIn(new HashMap<>());
        assertEquals(302, signedIn.statusCode());
        assertEquals(ORIGIN + "/my-reports?lang=fa", signedIn.header("Location"));
        assertTrue(
                IdentityStandIn.lastCodeExchange.contains("redirect_uri=" + ORIGIN + "/signed-in"),
                IdentityStandIn.lastCodeExchange);
    }

    @Test
    void theSessionAndStateCookiesAreSecureOverHttps() {
        Response toLogin = given().redirects().follow(false).when().get("/my-reports");
        String state = toLogin.headers().getValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("q_auth"))
                .findFirst()
                .orElseThrow();
        assertTrue(isSecure(state), state);
        Response signedIn = signIn(new HashMap<>());
        String session = signedIn.headers().getValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("q_session"))
                .findFirst()
                .orElseThrow();
        assertTrue(isSecure(session), session);
    }

    @Test
    void theFormsTokenCookieIsSecureOverHttps() {
        Map<String, String> cookies = new HashMap<>();
        signIn(cookies);
        String csrf = given().cookies(cookies).when().get("/my-reports").headers().getValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("vigil-csrf"))
                .findFirst()
                .orElseThrow();
        assertTrue(isSecure(csrf), csrf);
    }

    @Test
    void signingOutSendsTheBrowserBackToThePublicHomePage() {
        Map<String, String> cookies = new HashMap<>();
        signIn(cookies);
        Response out = given().redirects().follow(false).cookies(cookies).when().get("/sign-out");
        assertEquals(302, out.statusCode());
        assertEquals(ORIGIN + "/", query(out.header("Location"), "post_logout_redirect_uri"));
    }
}
