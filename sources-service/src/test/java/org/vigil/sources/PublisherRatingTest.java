package org.vigil.sources;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.vigil.sources.SourceFixtures.*;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.vigil.contracts.Topology;
import org.vigil.testing.ArtemisTestResource;
import org.vigil.testing.BrokerClient;
import org.vigil.testing.OidcTestResource;
import org.vigil.testing.TokenRequests;

/** {@code PUT /api/v1/publishers/{id}}: admins rate publishers, and the services that show ratings hear of it. */
@QuarkusTest
@QuarkusTestResource(ArtemisTestResource.class)
@QuarkusTestResource(OidcTestResource.class)
class PublisherRatingTest {

    private static final String RATED = Topology.PUBLISHER_RATED.fullyQualifiedQueueFor("events");

    /** A publisher of its own: a source on a host no other test uses. */
    private static String newPublisher() {
        return register(contributor(), source("https://rated-" + UUID.randomUUID() + ".example/a", unique(MUNICH)))
                .statusCode(201)
                .extract()
                .path("publisher.id");
    }

    private static ValidatableResponse rate(String token, String publisherId, String body) {
        return TokenRequests.put(token, "/api/v1/publishers/" + publisherId, body);
    }

    @Test
    void anAdminRatesAPublisherAndPublisherRatedIsPublished() {
        String id = newPublisher();
        try (BrokerClient broker = new BrokerClient(ArtemisTestResource.broker().port())) {
            rate(admin(), id, "{\"rating\": \"state_affiliated\", \"name\": \"State broadcaster\"}")
                    .statusCode(200)
                    .body("rating", equalTo("state_affiliated"))
                    .body("name", equalTo("State broadcaster"));
            JsonObject rated = broker.awaitMessage(
                            RATED,
                            m -> id.equals(m.getJsonObject("payload").getString("publisherId")),
                            Duration.ofSeconds(15))
                    .orElseThrow(() -> new AssertionError("no PublisherRated for " + id));
            assertEquals("PublisherRated", rated.getString("type"));
            assertEquals(id, rated.getString("aggregateId"));
            assertEquals("state_affiliated", rated.getJsonObject("payload").getString("rating"));
        }
    }

    @Test
    void aContributorMayNotRateAPublisher() {
        rate(contributor(), newPublisher(), "{\"rating\": \"reliable\"}")
                .statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void anUnknownRatingIsA400NamingTheField() {
        rate(admin(), newPublisher(), "{\"rating\": \"trustworthy\"}")
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("rating"));
    }

    @Test
    void ratingAnUnknownPublisherIsA404Problem() {
        rate(admin(), UUID.randomUUID().toString(), "{\"rating\": \"reliable\"}")
                .statusCode(404)
                .contentType("application/problem+json");
    }
}
