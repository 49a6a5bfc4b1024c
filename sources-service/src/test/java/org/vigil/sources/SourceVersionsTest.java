package org.vigil.sources;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.vigil.sources.SourceFixtures.*;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.vigil.contracts.Topology;
import org.vigil.testing.ArtemisTestResource;
import org.vigil.testing.BrokerClient;
import org.vigil.testing.OidcTestResource;
import org.vigil.testing.TestIdentityProvider;

/**
 * Nobody rewrites someone else's source (docs/product.md §6): a new text under a known URL is a new version
 * attributed to its supplier's pseudonym, and moderators see who supplied each version and what
 * changed from the one before.
 */
@QuarkusTest
@QuarkusTestResource(ArtemisTestResource.class)
@QuarkusTestResource(OidcTestResource.class)
class SourceVersionsTest {

    private static final String PSEUDONYM = "contributor-[0-9a-hjkmnp-tv-z]{5}-[0-9a-hjkmnp-tv-z]{5}";
    private static final String ORIGINAL = "Over 250,000 attended the 14 February rally in Munich, organisers said.";
    private static final String REWRITTEN = "About 2,000 attended the 14 February rally in Munich, organisers said.";

    private static String otherContributor() {
        return TestIdentityProvider.start().userToken("contributor2", "contributor");
    }

    /** A source first registered by contributor1, then given another text by contributor2. */
    private static String rewrittenByAnother() {
        String url = "https://rewrites.example/" + UUID.randomUUID();
        String id = registerNew(url, ORIGINAL + " " + UUID.randomUUID());
        register(otherContributor(), source(url, REWRITTEN + " " + UUID.randomUUID()))
                .statusCode(201);
        return id;
    }

    private static ValidatableResponse read(String token, String path) {
        return given().auth().oauth2(token).when().get(path).then();
    }

    @Test
    void aNewTextUnderAKnownUrlIsANewVersionAttributedToItsSupplier() {
        String id = rewrittenByAnother();

        List<String> suppliers = read(moderator(), "/api/v1/sources/" + id)
                .statusCode(200)
                .body("versions", hasSize(2))
                .body("versions.suppliedBy", everyItem(matchesPattern(PSEUDONYM)))
                .extract()
                .path("versions.suppliedBy");
        assertNotEquals(suppliers.get(0), suppliers.get(1));
    }

    @Test
    void aSupplierIsNamedByPseudonymNeverByAccount() {
        String id = rewrittenByAnother();

        read(moderator(), "/api/v1/sources/" + id)
                .statusCode(200)
                .body("versions.suppliedBy", everyItem(not(matchesPattern(".*contributor[12]$"))));
    }

    @Test
    void aContributorIsNotToldWhoSuppliedAVersion() {
        String id = rewrittenByAnother();

        read(contributor(), "/api/v1/sources/" + id)
                .statusCode(200)
                .body("versions.suppliedBy", everyItem(nullValue()));
    }

    @Test
    void moderatorsSeeWhatChangedFromThePreviousVersion() {
        String id = rewrittenByAnother();

        read(moderator(), "/api/v1/sources/" + id + "/versions/2")
                .statusCode(200)
                .body("version", equalTo(2))
                .body("previousVersion", equalTo(1))
                .body("suppliedBy", matchesPattern(PSEUDONYM))
                .body("previousSuppliedBy", matchesPattern(PSEUDONYM))
                .body("changes[0].kind", equalTo("change"))
                .body("changes[0].removed", equalTo("Over 250,000"))
                .body("changes[0].inserted", equalTo("About 2,000"));
    }

    @Test
    void theFirstVersionHasNoChanges() {
        String id = rewrittenByAnother();

        read(moderator(), "/api/v1/sources/" + id + "/versions/1")
                .statusCode(200)
                .body("previousVersion", nullValue())
                .body("changes", hasSize(0));
    }

    @Test
    void onlyModeratorsSeeAVersionsChanges() {
        String id = rewrittenByAnother();

        read(contributor(), "/api/v1/sources/" + id + "/versions/2").statusCode(403);
    }

    @Test
    void anUnknownVersionIs404() {
        String id = rewrittenByAnother();

        read(moderator(), "/api/v1/sources/" + id + "/versions/3").statusCode(404);
    }

    @Test
    void aQuoteCheckNamesItsVersionAndWhoSuppliedIt() {
        String url = "https://rewrites.example/" + UUID.randomUUID();
        String id = registerNew(url, ORIGINAL + " " + UUID.randomUUID());
        UUID claim = UUID.randomUUID();
        JsonObject inline = new JsonObject()
                .put(
                        "source",
                        source(url, REWRITTEN + " " + UUID.randomUUID()).put("suppliedBy", "contributor-7fq3k-2mxa9"))
                .put("exact", "About 2,000 attended");
        JsonObject checked;
        try (BrokerClient broker = new BrokerClient(ArtemisTestResource.broker().port())) {
            broker.send(Topology.REPORT_SUBMITTED.address(), reportSubmitted(claim, inline));
            checked = awaitQuoteChecked(broker, claim);
        }

        assertEquals(id, checked.getString("sourceId"));
        assertEquals(2, checked.getInteger("sourceVersion"));
        assertEquals("contributor-7fq3k-2mxa9", checked.getString("versionSuppliedBy"));
    }

    @Test
    void aCitationNamingAnOlderVersionIsCheckedAgainstThatVersion() {
        String id = rewrittenByAnother();
        UUID claim = UUID.randomUUID();
        JsonObject checked;
        try (BrokerClient broker = new BrokerClient(ArtemisTestResource.broker().port())) {
            broker.send(
                    Topology.REPORT_SUBMITTED.address(),
                    reportSubmitted(
                            claim, citationOf(id, "Over 250,000 attended").put("sourceVersion", 1)));
            checked = awaitQuoteChecked(broker, claim);
        }

        assertEquals("found", checked.getString("result"));
        assertEquals(1, checked.getInteger("sourceVersion"));
    }
}
