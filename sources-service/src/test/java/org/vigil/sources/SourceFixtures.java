package org.vigil.sources;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.UUID;
import org.vigil.testing.TestIdentityProvider;

/** Shared calls and data for the evidence store's tests. */
final class SourceFixtures {

    private SourceFixtures() {}

    static final String MUNICH = "Toronto, and Munich. Over 250,000 attended the 14 February rally in Munich, making it the largest";

    static String contributor() {
        return TestIdentityProvider.start().userToken("contributor1", "contributor");
    }

    static String moderator() {
        return TestIdentityProvider.start().userToken("moderator1", "moderator");
    }

    static String admin() {
        return TestIdentityProvider.start().userToken("admin1", "admin");
    }

    static String gateway() {
        return TestIdentityProvider.start().clientToken("vigil-gateway", java.util.Set.of(), "gateway");
    }

    static String unique(String text) {
        return text + " [" + UUID.randomUUID() + "]";
    }

    static JsonObject source(String url, String text) {
        return new JsonObject().put("url", url).put("title", "A title").put("publisher", "Wikipedia")
                .put("language", "en").put("text", text);
    }

    static ValidatableResponse register(String token, JsonObject source) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(source.encode())
                .when().post("/api/v1/sources").then();
    }

    /** A ReportSubmitted envelope as moderation's relay would send it. */
    static JsonObject reportSubmitted(UUID claimId, JsonObject citation) {
        JsonObject payload = new JsonObject()
                .put("reportId", UUID.randomUUID().toString())
                .put("eventId", UUID.randomUUID().toString())
                .put("claims", new JsonArray().add(new JsonObject()
                        .put("claimId", claimId.toString())
                        .put("property", "attendance")
                        .put("value", new JsonObject().put("low", 250000).put("qualifier", "over").put("estimatedBy", "media"))
                        .put("citations", new JsonArray().add(citation.put("index", 0)))));
        return new JsonObject()
                .put("id", UUID.randomUUID().toString())
                .put("type", "ReportSubmitted")
                .put("aggregateType", "report")
                .put("aggregateId", payload.getString("reportId"))
                .put("occurredAt", Instant.now().toString())
                .put("schemaVersion", 1)
                .put("payload", payload);
    }
}
