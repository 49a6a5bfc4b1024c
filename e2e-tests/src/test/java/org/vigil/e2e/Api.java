package org.vigil.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

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
                user -> token(given().formParam("grant_type", "password")
                        .formParam("client_id", "vigil-cli")
                        .formParam("username", user)
                        .formParam("password", DEMO_PASSWORD)));
    }

    /** A partner's access token, from the client-credentials grant. */
    String partnerToken() {
        return tokens.computeIfAbsent(
                "partner-demo",
                client -> token(given().formParam("grant_type", "client_credentials")
                        .formParam("client_id", "partner-demo")
                        .formParam("client_secret", "partner-demo-secret")));
    }

    /** The access token the realm's token endpoint grants for {@code grant}, a form of the grant's parameters. */
    private String token(RequestSpecification grant) {
        return grant.baseUri(platform.keycloak())
                .contentType(ContentType.URLENC)
                .when()
                .post("/realms/vigil/protocol/openid-connect/token")
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
    }

    /** Submits the Munich report ({@link Reports#munich}) as {@code username}: its 202 answer. */
    JsonPath submitsMunich(String username, String marker) {
        return submits(as(username), Reports.munich(marker));
    }

    /** Submits {@code report} with the {@code submitter}'s token (and headers): its 202 answer. */
    static JsonPath submits(RequestSpecification submitter, String report) {
        return submitter
                .body(report)
                .when()
                .post("/api/v1/reports")
                .then()
                .statusCode(202)
                .extract()
                .jsonPath();
    }

    /** The {@code moderator} (a token, and headers) approves one claim. */
    static void approves(RequestSpecification moderator, String claim) {
        moderator
                .body("{\"decision\": \"approve\", \"reason\": \"quote found in the preserved article\"}")
                .when()
                .post("/api/v1/claims/" + claim + "/decisions")
                .then()
                .statusCode(200);
    }

    /** Waits (a minute at most) until the public record serves the event and its answer meets {@code expected}. */
    void awaitEvent(String eventId, Consumer<ValidatableResponse> expected) {
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> expected.accept(anonymous()
                        .when()
                        .get("/api/v1/events/" + eventId)
                        .then()
                        .statusCode(200)));
    }

    /** The API description the gateway serves, as it serves it. */
    String servedDocument() {
        return anonymous()
                .when()
                .get("/api/v1/openapi")
                .then()
                .statusCode(200)
                .extract()
                .asString();
    }

    RequestSpecification as(String username) {
        return anonymous().auth().oauth2(tokenOf(username));
    }

    RequestSpecification anonymous() {
        return given().baseUri(platform.gateway()).contentType(ContentType.JSON);
    }

    /**
     * A moderator's part: waits until the evidence store found every quote of the report's
     * {@code claims}, then {@code moderator2} approves each of them.
     */
    void approveOnceQuotesFound(String reportId, List<String> claims) {
        awaitQuotesFound("moderator2", reportId, claims.size());
        for (String claim : claims) {
            approves(as("moderator2"), claim);
        }
    }

    /** Waits until a report's two claims (a Munich report's) are in the queue with every quote found. */
    void awaitQuotesFound(String moderator, String reportId) {
        awaitQuotesFound(moderator, reportId, 2);
    }

    /** Waits until a report's {@code claims} claims are in the queue with every quote checked and found. */
    void awaitQuotesFound(String moderator, String reportId, int claims) {
        await().atMost(Duration.ofSeconds(90))
                .untilAsserted(() -> as(moderator)
                        .queryParam("limit", 200)
                        .when()
                        .get("/api/v1/moderation/queue")
                        .then()
                        .statusCode(200)
                        .body("items.findAll { it.reportId == '" + reportId + "' }", hasSize(claims))
                        .body(
                                "items.findAll { it.reportId == '" + reportId + "' }.citations.flatten().quoteCheck",
                                everyItem(equalTo("found"))));
    }
}
