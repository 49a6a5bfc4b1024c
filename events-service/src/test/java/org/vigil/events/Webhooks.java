package org.vigil.events;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Set;
import org.vigil.identity.Scopes;
import org.vigil.testing.TestIdentityProvider;

/** Partners managing webhook subscriptions, as the webhook tests need them. */
final class Webhooks {

    static final List<String> ALL_EVENTS = List.of("event.created", "event.updated", "event.merged", "event.retracted");

    private Webhooks() {}

    /** {@code partner-demo} with the scope to manage webhooks. */
    static String manager() {
        return RecordFixtures.partner(Scopes.WEBHOOKS_MANAGE);
    }

    /** Another partner organisation's service account. */
    static String otherManager() {
        return TestIdentityProvider.start().clientToken("partner-other", Set.of(Scopes.WEBHOOKS_MANAGE));
    }

    static JsonObject request(String url, List<String> events) {
        return new JsonObject().put("url", url).put("events", new JsonArray(events));
    }

    /** Subscribes {@code token}'s owner; answers the 201 body, secret included. */
    static JsonPath subscribe(String token, String url, List<String> events) {
        return given().auth()
                .oauth2(token)
                .contentType("application/json")
                .body(request(url, events).encode())
                .when()
                .post("/api/v1/webhooks")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
    }

    static JsonPath deliveries(String token, String subscription) {
        return given().auth()
                .oauth2(token)
                .queryParam("limit", 200)
                .when()
                .get("/api/v1/webhooks/" + subscription + "/deliveries")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** Asks for a {@code webhook.test} delivery to the subscription; the answer to assert on. */
    static ValidatableResponse ping(String token, String subscription) {
        return given().auth()
                .oauth2(token)
                .when()
                .post("/api/v1/webhooks/" + subscription + "/test")
                .then();
    }

    /** The first page of {@code token}'s owner's subscriptions; the answer to assert on. */
    static ValidatableResponse listing(String token) {
        return given().auth().oauth2(token).when().get("/api/v1/webhooks").then();
    }

    /** The ids of {@code token}'s owner's subscriptions, oldest first. */
    static List<String> subscriptionIds(String token) {
        return given().auth()
                .oauth2(token)
                .queryParam("limit", 200)
                .when()
                .get("/api/v1/webhooks")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.id");
    }

    /** Deletes every subscription of {@code token}'s owner, so none outlives its test. */
    static void unsubscribeAll(String token) {
        subscriptionIds(token)
                .forEach(id -> given().auth()
                        .oauth2(token)
                        .when()
                        .delete("/api/v1/webhooks/" + id)
                        .then()
                        .statusCode(204));
    }
}
