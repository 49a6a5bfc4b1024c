package org.vigil.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vigil.sources.SourceFixtures.*;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.vigil.contracts.Topology;
import org.vigil.testing.ArtemisTestResource;
import org.vigil.testing.BrokerClient;
import org.vigil.testing.OidcTestResource;

@QuarkusTest
@QuarkusTestResource(ArtemisTestResource.class)
@QuarkusTestResource(OidcTestResource.class)
class QuoteCheckingTest {

    private static final String QUOTE = "Over 250,000 attended the 14 February rally in Munich";
    private static final String CHECKED = Topology.QUOTE_CHECKED.fullyQualifiedQueueFor("moderation");

    private static Optional<JsonObject> checkFor(BrokerClient broker, UUID claimId) {
        return checkFor(broker, claimId, Duration.ofSeconds(15));
    }

    private static Optional<JsonObject> checkFor(BrokerClient broker, UUID claimId, Duration wait) {
        return broker.awaitMessage(
                CHECKED,
                m -> claimId.toString().equals(m.getJsonObject("payload").getString("claimId")),
                wait);
    }

    /** Sends a report whose one claim cites {@code citation}; answers the quote check moderation receives. */
    private static JsonObject checkOf(JsonObject citation) {
        UUID claim = UUID.randomUUID();
        try (BrokerClient broker = new BrokerClient(ArtemisTestResource.broker().port())) {
            broker.send(Topology.REPORT_SUBMITTED.address(), reportSubmitted(claim, citation));
            return checkFor(broker, claim).orElseThrow().getJsonObject("payload");
        }
    }

    @Test
    void anInlineSourceIsRegisteredAndItsQuoteFoundWithOffsets() {
        String text = unique(MUNICH);
        JsonObject citation = new JsonObject()
                .put("source", source("https://inline.example/" + UUID.randomUUID(), text))
                .put("exact", QUOTE)
                .put("prefix", "Toronto, and Munich. ");
        JsonObject checked = checkOf(citation);
        assertEquals("found", checked.getString("result"));
        assertEquals(text.indexOf(QUOTE), checked.getInteger("start"));
        assertEquals(text.indexOf(QUOTE) + QUOTE.length(), checked.getInteger("end"));
        assertEquals("unrated", checked.getString("rating"));
    }

    @Test
    void aQuoteTheTextDoesNotContainIsNotFound() {
        JsonObject citation = new JsonObject()
                .put("source", source("https://inline.example/" + UUID.randomUUID(), unique(MUNICH)))
                .put("exact", "Over 2,500,000 attended the rally in Munich");
        JsonObject checked = checkOf(citation);
        assertEquals("not_found", checked.getString("result"));
        assertNull(checked.getInteger("start"));
    }

    @Test
    void aCitationOfAnUnknownSourceIsNotFound() {
        JsonObject citation =
                new JsonObject().put("sourceId", UUID.randomUUID().toString()).put("exact", QUOTE);
        JsonObject checked = checkOf(citation);
        assertEquals("not_found", checked.getString("result"));
        assertNull(checked.getString("sourceId"));
    }

    @Test
    void aCitationOfAnUnusableUrlIsNotFound() {
        JsonObject citation = new JsonObject()
                .put("source", source("ftp://inline.example/" + UUID.randomUUID(), unique(MUNICH)))
                .put("exact", QUOTE);
        JsonObject checked = checkOf(citation);
        assertEquals("not_found", checked.getString("result"));
        assertNull(checked.getString("sourceId"));
    }

    @Test
    void aReportDeliveredTwiceIsCheckedOnce() {
        UUID claim = UUID.randomUUID();
        JsonObject citation = new JsonObject()
                .put("source", source("https://twice.example/" + UUID.randomUUID(), unique(MUNICH)))
                .put("exact", QUOTE);
        JsonObject envelope = reportSubmitted(claim, citation);
        try (BrokerClient broker = new BrokerClient(ArtemisTestResource.broker().port())) {
            broker.send(Topology.REPORT_SUBMITTED.address(), envelope);
            broker.send(Topology.REPORT_SUBMITTED.address(), envelope);
            assertTrue(checkFor(broker, claim).isPresent(), "the first delivery is checked");
            assertTrue(checkFor(broker, claim, Duration.ofSeconds(3)).isEmpty(), "the second delivery changes nothing");
        }
    }

    @Test
    void aPoisonMessageEndsInTheDeadLetterAddressAfterItsAttempts() throws InterruptedException {
        long before = ArtemisTestResource.broker().messageCount(Topology.DEAD_LETTER_ADDRESS);
        try (BrokerClient broker = new BrokerClient(ArtemisTestResource.broker().port())) {
            broker.send(
                    Topology.REPORT_SUBMITTED.address(),
                    new JsonObject()
                            .put("id", UUID.randomUUID().toString())
                            .put("type", "ReportSubmitted")
                            .put("payload", "not a report"));
        }
        long deadline = System.currentTimeMillis() + 20_000;
        while (ArtemisTestResource.broker().messageCount(Topology.DEAD_LETTER_ADDRESS) == before
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
        assertEquals(before + 1, ArtemisTestResource.broker().messageCount(Topology.DEAD_LETTER_ADDRESS));
    }
}
