package org.vigil.events;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vigil.events.RecordFixtures.partner;
import static org.vigil.events.Webhooks.*;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.vigil.identity.Scopes;
import org.vigil.testing.ArtemisTestResource;
import org.vigil.testing.OidcTestResource;

/** {@code /api/v1/webhooks}: subscriptions as their owners manage them. */
@QuarkusTest
@QuarkusTestResource(ArtemisTestResource.class)
@QuarkusTestResource(OidcTestResource.class)
class WebhookSubscriptionsTest {

    private static final String RECEIVER = "http://127.0.0.1:9/hook";

    @AfterEach
    void unsubscribe() {
        unsubscribeAll(manager());
        unsubscribeAll(otherManager());
    }

    @Test
    void webhooksNeedTheWebhooksManageScope() {
        given().auth()
                .oauth2(partner(Scopes.EVENTS_READ))
                .when()
                .get("/api/v1/webhooks")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("detail", equalTo("webhooks need a token with the webhooks:manage scope"));
        given().when().get("/api/v1/webhooks").then().statusCode(401);
        given().auth().oauth2(manager()).when().get("/api/v1/webhooks").then().statusCode(200);
    }

    @Test
    void theSecretIsShownOnceWhenSubscribing() {
        JsonPath created = subscribe(manager(), RECEIVER, List.of("event.created"));
        assertEquals(RECEIVER, created.getString("url"));
        assertEquals("active", created.getString("state"));
        String secret = created.getString("secret");
        assertTrue(secret.startsWith("whsec_"), secret);

        String id = created.getString("id");
        given().auth()
                .oauth2(manager())
                .when()
                .get("/api/v1/webhooks/" + id)
                .then()
                .statusCode(200)
                .body("$", not(hasKey("secret")))
                .body("events", equalTo(List.of("event.created")));
        listing(manager()).statusCode(200).body("items.find { it.id == '" + id + "' }", not(hasKey("secret")));
    }

    @Test
    void aPartnerSeesOnlyItsOwnSubscriptions() {
        String mine = subscribe(manager(), RECEIVER, ALL_EVENTS).getString("id");
        String theirs = subscribe(otherManager(), RECEIVER, ALL_EVENTS).getString("id");

        listing(manager()).statusCode(200).body("items.id", equalTo(List.of(mine)));
        for (String path : List.of("", "/deliveries")) {
            given().auth()
                    .oauth2(manager())
                    .when()
                    .get("/api/v1/webhooks/" + theirs + path)
                    .then()
                    .statusCode(404);
        }
        ping(manager(), theirs).statusCode(404);
        given().auth()
                .oauth2(manager())
                .when()
                .post("/api/v1/webhooks/" + theirs + "/rotate-secret")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(manager())
                .when()
                .delete("/api/v1/webhooks/" + theirs)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(otherManager())
                .when()
                .get("/api/v1/webhooks/" + theirs)
                .then()
                .statusCode(200);
    }

    @Test
    void rotationShowsANewSecretOnceAndTheOldOneStaysValidForADay() {
        JsonPath created = subscribe(manager(), RECEIVER, ALL_EVENTS);
        String id = created.getString("id");
        JsonPath rotated = given().auth()
                .oauth2(manager())
                .when()
                .post("/api/v1/webhooks/" + id + "/rotate-secret")
                .then()
                .statusCode(200)
                .body("secret", startsWith("whsec_"))
                .body("previousSecretValidUntil", not(nullValue()))
                .extract()
                .jsonPath();
        assertNotEquals(created.getString("secret"), rotated.getString("secret"));
        Duration grace = Duration.between(Instant.now(), Instant.parse(rotated.getString("previousSecretValidUntil")));
        assertTrue(grace.toHours() >= 23 && grace.toHours() <= 24, grace.toString());
    }

    @Test
    void listsArePagedWithANextLink() {
        for (int i = 0; i < 3; i++) {
            subscribe(manager(), RECEIVER + i, ALL_EVENTS);
        }
        var first = given().auth()
                .oauth2(manager())
                .queryParam("limit", 2)
                .when()
                .get("/api/v1/webhooks")
                .then()
                .statusCode(200)
                .header("Link", containsString("rel=\"next\""))
                .body("items.size()", equalTo(2))
                .extract();
        given().auth()
                .oauth2(manager())
                .queryParam("limit", 2)
                .queryParam("cursor", (String) first.path("nextCursor"))
                .when()
                .get("/api/v1/webhooks")
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(1))
                .body("nextCursor", nullValue());
    }

    @Test
    void aPartnerHasAtMost25Subscriptions() {
        for (int i = 0; i < 25; i++) {
            subscribe(otherManager(), RECEIVER + i, List.of("event.created"));
        }
        given().auth()
                .oauth2(otherManager())
                .contentType("application/json")
                .body(request(RECEIVER, ALL_EVENTS).encode())
                .when()
                .post("/api/v1/webhooks")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
        subscribe(manager(), RECEIVER, ALL_EVENTS);
    }

    @Test
    void anUnknownEventTypeIsA400() {
        given().auth()
                .oauth2(manager())
                .contentType("application/json")
                .body(request(RECEIVER, List.of("event.created", "claim.approved"))
                        .encode())
                .when()
                .post("/api/v1/webhooks")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("events"));
        given().auth()
                .oauth2(manager())
                .contentType("application/json")
                .body(request(RECEIVER, List.of()).encode())
                .when()
                .post("/api/v1/webhooks")
                .then()
                .statusCode(400);
    }

    @Test
    void plainHttpIsRefusedBeyondLoopback() {
        given().auth()
                .oauth2(manager())
                .contentType("application/json")
                .body(request("http://93.184.215.14/hook", ALL_EVENTS).encode())
                .when()
                .post("/api/v1/webhooks")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("url"))
                .body("detail", equalTo("url: must be an https URL"));
    }

    @Test
    void receiversOnPrivateOrMetadataAddressesAreRefused() {
        for (String url : List.of(
                "https://10.0.0.1/hook",
                "https://169.254.169.254/latest/meta-data",
                "https://100.64.0.1/",
                "https://[fd00:ec2::254]/",
                "https://[::ffff:192.168.1.1]/",
                "https://[fe80::1]/",
                "https://0.0.0.0/",
                "https://224.0.0.1/")) {
            given().auth()
                    .oauth2(manager())
                    .contentType("application/json")
                    .body(request(url, ALL_EVENTS).encode())
                    .when()
                    .post("/api/v1/webhooks")
                    .then()
                    .statusCode(400)
                    .body("errors.field", hasItem("url"));
        }
        given().auth().oauth2(manager()).when().get("/api/v1/webhooks").then().body("items.size()", equalTo(0));
    }
}
