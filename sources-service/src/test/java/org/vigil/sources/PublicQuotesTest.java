package org.vigil.sources;

import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vigil.sources.SourceFixtures.*;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.vigil.contracts.Topology;
import org.vigil.testing.ArtemisTestResource;
import org.vigil.testing.BrokerClient;
import org.vigil.testing.OidcTestResource;

/** The quotes of approved claims are what the public sees of a source; a retraction takes them back. */
@QuarkusTest
@QuarkusTestResource(ArtemisTestResource.class)
@QuarkusTestResource(OidcTestResource.class)
class PublicQuotesTest {

    private static JsonObject envelope(String type, UUID claimId, JsonObject payload) {
        return new JsonObject()
                .put("id", UUID.randomUUID().toString())
                .put("type", type)
                .put("aggregateType", "claim")
                .put("aggregateId", claimId.toString())
                .put("occurredAt", Instant.now().toString())
                .put("schemaVersion", 1)
                .put(
                        "payload",
                        payload.put("claimId", claimId.toString())
                                .put("eventId", UUID.randomUUID().toString()));
    }

    private static JsonObject approved(UUID claimId) {
        return envelope(
                "ClaimApproved",
                claimId,
                new JsonObject()
                        .put("property", "attendance")
                        .put("value", attendanceOver250000())
                        .put("citations", new JsonArray())
                        .put("decisionIds", new JsonArray())
                        .put("approvedAt", Instant.now().toString()));
    }

    private static JsonObject retracted(UUID claimId) {
        return envelope(
                "ClaimRetracted",
                claimId,
                new JsonObject()
                        .put("decisionId", UUID.randomUUID().toString())
                        .put("reason", "the rally was counted twice")
                        .put("retractedAt", Instant.now().toString()));
    }

    /** The quotes a contributor (not a moderator) sees, once they satisfy {@code until}, within 15 seconds. */
    private static JsonArray publicQuotes(String sourceId, Predicate<JsonArray> until) throws InterruptedException {
        JsonArray quotes = null;
        for (int attempt = 0; attempt < 60; attempt++) {
            quotes = new JsonObject(readSource(contributor(), sourceId)
                            .statusCode(200)
                            .extract()
                            .asString())
                    .getJsonArray("quotes");
            if (until.test(quotes)) {
                return quotes;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the public quotes never settled: " + quotes);
    }

    private static UUID checkedClaim(BrokerClient broker, String sourceId) {
        UUID claim = UUID.randomUUID();
        broker.send(Topology.REPORT_SUBMITTED.address(), reportSubmitted(claim, citationOf(sourceId, MUNICH_QUOTE)));
        awaitQuoteChecked(broker, claim);
        return claim;
    }

    @Test
    void anApprovedClaimsQuoteIsShownWithoutWhoCitedIt() throws InterruptedException {
        String id = registerNew("https://approved.example/" + UUID.randomUUID(), unique(MUNICH));
        try (BrokerClient broker = new BrokerClient(ArtemisTestResource.broker().port())) {
            UUID claim = checkedClaim(broker, id);
            assertTrue(publicQuotes(id, q -> true).isEmpty(), "nothing is public before the claim is approved");

            broker.send(Topology.CLAIM_APPROVED.address(), approved(claim));

            JsonObject quote = publicQuotes(id, q -> !q.isEmpty()).getJsonObject(0);
            assertEquals(MUNICH_QUOTE, quote.getString("exact"));
            assertEquals(1, quote.getInteger("sourceVersion"));
            assertNull(quote.getString("claimId"));
            assertNull(quote.getString("quoteCheck"));
        }
    }

    @Test
    void aContributorIsNotShownTheQuoteChecksOfClaimsNotApproved() {
        String id = registerNew("https://unapproved.example/" + UUID.randomUUID(), unique(MUNICH));
        try (BrokerClient broker = new BrokerClient(ArtemisTestResource.broker().port())) {
            checkedClaim(broker, id);

            readSource(moderator(), id).statusCode(200).body("quotes", hasSize(1));
            readSource(contributor(), id)
                    .statusCode(200)
                    .body("text", notNullValue())
                    .body("quotes", hasSize(0));
        }
    }

    @Test
    void aRetractedClaimsQuoteIsNoLongerShown() throws InterruptedException {
        String id = registerNew("https://retracted.example/" + UUID.randomUUID(), unique(MUNICH));
        try (BrokerClient broker = new BrokerClient(ArtemisTestResource.broker().port())) {
            UUID claim = checkedClaim(broker, id);
            broker.send(Topology.CLAIM_APPROVED.address(), approved(claim));
            publicQuotes(id, q -> q.size() == 1);

            broker.send(Topology.CLAIM_RETRACTED.address(), retracted(claim));

            assertTrue(publicQuotes(id, JsonArray::isEmpty).isEmpty());
        }
    }
}
