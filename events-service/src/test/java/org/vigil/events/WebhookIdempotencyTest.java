package org.vigil.events;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vigil.events.Webhooks.*;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.vigil.testing.ArtemisTestResource;
import org.vigil.testing.OidcTestResource;

/** {@code Idempotency-Key} on {@code POST /api/v1/webhooks}: a retry subscribes nothing more. */
@QuarkusTest
@QuarkusTestResource(ArtemisTestResource.class)
@QuarkusTestResource(OidcTestResource.class)
class WebhookIdempotencyTest {

    private static final String RECEIVER = "http://127.0.0.1:9/hook";

    @Inject
    Pool pool;

    @AfterEach
    void unsubscribe() {
        unsubscribeAll(manager());
        unsubscribeAll(otherManager());
    }

    static ValidatableResponse subscribeWithKey(String token, String key, JsonObject request) {
        return given().auth()
                .oauth2(token)
                .contentType("application/json")
                .header("Idempotency-Key", key)
                .body(request.encode())
                .when()
                .post("/api/v1/webhooks")
                .then();
    }

    @Test
    void aRetryGetsTheFirstAnswerWithItsSecretAndSubscribesNothingMore() {
        String key = UUID.randomUUID().toString();
        JsonObject request = request(RECEIVER, ALL_EVENTS);
        ExtractableResponse<Response> first =
                subscribeWithKey(manager(), key, request).statusCode(201).extract();
        ExtractableResponse<Response> retry = subscribeWithKey(manager(), key, request)
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .extract();
        assertEquals(first.jsonPath().getString("secret"), retry.jsonPath().getString("secret"));
        assertEquals(first.jsonPath().getString("id"), retry.jsonPath().getString("id"));
        assertEquals(first.header("Location"), retry.header("Location"));
        assertEquals(List.of(first.jsonPath().getString("id")), subscriptionIds(manager()));
    }

    @Test
    void theSameKeyWithAnotherRequestIsA422AndSubscribesNothing() {
        String key = UUID.randomUUID().toString();
        subscribeWithKey(manager(), key, request(RECEIVER, ALL_EVENTS)).statusCode(201);
        subscribeWithKey(manager(), key, request(RECEIVER, List.of("event.created")))
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://vigil.example/problems/idempotency-key-reused"));
        assertEquals(1, subscriptionIds(manager()).size());
    }

    @Test
    void anotherPartnerMayUseTheSameKey() {
        String key = UUID.randomUUID().toString();
        String mine = subscribeWithKey(manager(), key, request(RECEIVER, ALL_EVENTS))
                .statusCode(201)
                .extract()
                .path("id");
        String theirs = subscribeWithKey(otherManager(), key, request(RECEIVER, ALL_EVENTS))
                .statusCode(201)
                .extract()
                .path("id");
        assertFalse(mine.equals(theirs));
    }

    @Test
    void theStoredFirstAnswerHoldsTheSecretEncrypted() {
        String secret = subscribeWithKey(manager(), UUID.randomUUID().toString(), request(RECEIVER, ALL_EVENTS))
                .statusCode(201)
                .extract()
                .path("secret");
        List<String> bodies =
                pool.query("select body from idempotent_request").execute().await().indefinitely().stream()
                        .map((Row row) -> row.getString("body"))
                        .toList();
        assertFalse(bodies.isEmpty());
        assertTrue(bodies.stream().allMatch(body -> body.startsWith("v1:")), bodies.toString());
        assertTrue(bodies.stream().noneMatch(body -> body.contains(secret.substring("whsec_".length()))));
    }
}
