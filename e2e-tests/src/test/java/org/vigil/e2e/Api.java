package org.vigil.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Calls through the gateway with real tokens from the real Keycloak. */
final class Api {

    static final String DEMO_PASSWORD = "vigil-demo";

    private final Platform platform;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    Api(Platform platform) {
        this.platform = platform;
        // poll like a patient client: the gateway rate-limits anonymous readers (about 10 requests/s)
        org.awaitility.Awaitility.setDefaultPollInterval(java.time.Duration.ofMillis(500));
    }

    /** A person's access token, from the realm's password grant for scripts ({@code vigil-cli}). */
    String tokenOf(String username) {
        return tokens.computeIfAbsent(
                username,
                user -> given().baseUri(platform.keycloak())
                        .contentType(ContentType.URLENC)
                        .formParam("grant_type", "password")
                        .formParam("client_id", "vigil-cli")
                        .formParam("username", user)
                        .formParam("password", DEMO_PASSWORD)
                        .when()
                        .post("/realms/vigil/protocol/openid-connect/token")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("access_token"));
    }

    /** A partner's access token, from the client-credentials grant. */
    String partnerToken() {
        return tokens.computeIfAbsent(
                "partner-demo",
                client -> given().baseUri(platform.keycloak())
                        .contentType(ContentType.URLENC)
                        .formParam("grant_type", "client_credentials")
                        .formParam("client_id", "partner-demo")
                        .formParam("client_secret", "partner-demo-secret")
                        .when()
                        .post("/realms/vigil/protocol/openid-connect/token")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("access_token"));
    }

    RequestSpecification as(String username) {
        return anonymous().auth().oauth2(tokenOf(username));
    }

    RequestSpecification anonymous() {
        return given().baseUri(platform.gateway()).contentType(ContentType.JSON);
    }

    /** Waits until a report's two claims are in the queue with every quote checked and found. */
    void awaitQuotesFound(String moderator, String reportId) {
        await().atMost(Duration.ofSeconds(90))
                .untilAsserted(() -> as(moderator)
                        .queryParam("limit", 200)
                        .when()
                        .get("/api/v1/moderation/queue")
                        .then()
                        .statusCode(200)
                        .body("items.findAll { it.reportId == '" + reportId + "' }", hasSize(2))
                        .body(
                                "items.findAll { it.reportId == '" + reportId + "' }.citations.flatten().quoteCheck",
                                everyItem(equalTo("found"))));
    }
}
