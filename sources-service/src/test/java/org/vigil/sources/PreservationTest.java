package org.vigil.sources;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.vigil.sources.SourceFixtures.*;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.vigil.contracts.Topology;
import org.vigil.testing.ArtemisTestResource;
import org.vigil.testing.BrokerClient;
import org.vigil.testing.OidcTestResource;

/**
 * A page rewritten upstream becomes a new version; every quote stays checked against the version
 * it quoted (issue 3, point 2).
 */
@QuarkusTest
@QuarkusTestResource(ArtemisTestResource.class)
@QuarkusTestResource(OidcTestResource.class)
class PreservationTest {

    private static final String REWRITTEN = "About 200,000 attended the 14 February rally in Munich, police said.";

    private static JsonObject check(String sourceId, String exact) {
        UUID claim = UUID.randomUUID();
        try (BrokerClient broker = new BrokerClient(ArtemisTestResource.broker().port())) {
            broker.send(Topology.REPORT_SUBMITTED.address(), reportSubmitted(claim, citationOf(sourceId, exact)));
            return awaitQuoteChecked(broker, claim);
        }
    }

    private static JsonObject quoteOfClaim(String sourceId, String claimId) {
        JsonObject source = new JsonObject(given().auth()
                .oauth2(moderator())
                .when()
                .get("/api/v1/sources/" + sourceId)
                .then()
                .statusCode(200)
                .extract()
                .asString());
        return source.getJsonArray("quotes").stream()
                .map(JsonObject.class::cast)
                .filter(q -> claimId.equals(q.getString("claimId")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no quote of claim " + claimId + " in " + source));
    }

    @Test
    void anOldVersionsQuoteStaysFoundWithItsOffsetsAfterANewVersionArrives() {
        String url = "https://rewritten.example/" + UUID.randomUUID();
        String original = unique(MUNICH);
        String id = registerNew(url, original);
        JsonObject checked = check(id, MUNICH_QUOTE);
        assertEquals(1, checked.getInteger("sourceVersion"));

        registerNew(url, unique(REWRITTEN));

        JsonObject quote = quoteOfClaim(id, checked.getString("claimId"));
        assertEquals(1, quote.getInteger("sourceVersion"));
        assertEquals("found", quote.getString("quoteCheck"));
        assertEquals(original.indexOf(MUNICH_QUOTE), quote.getInteger("start"));
        assertEquals(original.indexOf(MUNICH_QUOTE) + MUNICH_QUOTE.length(), quote.getInteger("end"));
        String text = given().auth()
                .oauth2(moderator())
                .when()
                .get("/api/v1/sources/" + id + "?version=1")
                .then()
                .statusCode(200)
                .extract()
                .path("text");
        assertEquals(MUNICH_QUOTE, text.substring(quote.getInteger("start"), quote.getInteger("end")));
    }

    @Test
    void aQuoteCheckedAfterANewVersionArrivesIsCheckedAgainstIt() {
        String url = "https://rewritten.example/" + UUID.randomUUID();
        String id = registerNew(url, unique(MUNICH));
        registerNew(url, unique(REWRITTEN));

        JsonObject checked = check(id, "About 200,000 attended");
        assertEquals("found", checked.getString("result"));
        assertEquals(2, checked.getInteger("sourceVersion"));
        assertEquals(2, quoteOfClaim(id, checked.getString("claimId")).getInteger("sourceVersion"));
    }
}
