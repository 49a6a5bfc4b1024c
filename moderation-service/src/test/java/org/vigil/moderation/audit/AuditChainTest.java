package org.vigil.moderation.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.vigil.moderation.audit.AuditFixtures.CONTRIBUTOR;
import static org.vigil.moderation.audit.AuditFixtures.JSON;
import static org.vigil.moderation.audit.AuditFixtures.MODERATOR;
import static org.vigil.moderation.audit.AuditFixtures.T0;
import static org.vigil.moderation.audit.AuditFixtures.details;
import static org.vigil.moderation.audit.AuditFixtures.log;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditChainTest {

    @Test
    void theFirstEntryIsNumberOneAndLinksToSixtyFourZeros() {
        AuditEntry first = log(1).get(0);

        assertEquals(1, first.sequence());
        assertEquals("0000000000000000000000000000000000000000000000000000000000000000", first.previousHash());
        assertEquals(AuditChain.GENESIS_HASH, first.previousHash());
    }

    @Test
    void eachEntryHoldsTheHashOfTheOneBefore() {
        List<AuditEntry> entries = log(3);

        assertEquals(entries.get(0).hash(), entries.get(1).previousHash());
        assertEquals(entries.get(1).hash(), entries.get(2).previousHash());
        assertEquals(3, entries.get(2).sequence());
    }

    @Test
    void theHashIsSha256OfTheFieldsAsNetstrings() throws Exception {
        ObjectNode details = JSON.createObjectNode().put("verdict", "approve").put("reason", "matches the source");
        AuditEntry entry = AuditChain.append(
                ChainHead.EMPTY,
                new AuditAct(
                        Instant.parse("2026-02-14T12:00:00Z"),
                        AuditActor.moderator("m-1"),
                        AuditAction.DECIDED,
                        "claim",
                        "c-1",
                        details));

        String canonical = "14:vigil-audit-v1,"
                + "1:1,"
                + "27:2026-02-14T12:00:00.000000Z,"
                + "13:moderator:m-1,"
                + "7:decided,"
                + "5:claim,"
                + "3:c-1,"
                + "51:{\"reason\":\"matches the source\",\"verdict\":\"approve\"},"
                + "64:" + AuditChain.GENESIS_HASH + ",";
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
        assertEquals(HexFormat.of().formatHex(digest), entry.hash());
    }

    @Test
    void lengthPrefixesKeepTextFromMovingBetweenFields() {
        AuditEntry.Subject claim = new AuditEntry.Subject("claim", "c-1");
        AuditEntry one = new AuditEntry(
                1, T0, "moderator:a", "bdecided", claim, details("k", "v"), AuditChain.GENESIS_HASH, null);
        AuditEntry other = new AuditEntry(
                1, T0, "moderator:ab", "decided", claim, details("k", "v"), AuditChain.GENESIS_HASH, null);

        assertNotEquals(AuditChain.hashOf(one), AuditChain.hashOf(other));
    }

    @Test
    void theTimeIsKeptToTheMicrosecondAsPostgresqlStoresIt() {
        Instant withNanoseconds = Instant.parse("2026-02-14T12:00:00.123456789Z");
        AuditEntry entry = AuditChain.append(
                ChainHead.EMPTY,
                new AuditAct(
                        withNanoseconds,
                        AuditActor.moderator(MODERATOR),
                        AuditAction.DECIDED,
                        "claim",
                        "c-1",
                        details("k", "v")));

        assertEquals(Instant.parse("2026-02-14T12:00:00.123456Z"), entry.occurredAt());
    }

    @Test
    void anEntryReadBackFromJsonbStillMatchesItsHash() throws Exception {
        ObjectNode written = JSON.createObjectNode();
        written.put("verdict", "approve")
                .put("lat", 48.137)
                .put("count", 250000)
                .putObject("place")
                .put("city", "München");
        AuditEntry entry = AuditChain.append(
                ChainHead.EMPTY,
                new AuditAct(T0, AuditActor.moderator(MODERATOR), AuditAction.DECIDED, "claim", "c-1", written));

        // jsonb reorders keys, drops whitespace and may write numbers differently
        ObjectNode readBack = (ObjectNode)
                JSON.readTree(
                        "{ \"place\": {\"city\": \"München\"}, \"count\": 250000.0, \"lat\": 48.1370, \"verdict\": \"approve\" }");
        AuditEntry stored = entry.withDetails(readBack);

        assertEquals(entry.hash(), AuditChain.hashOf(stored));
    }

    @Test
    void detailsCannotChangeAfterTheEntryIsHashed() {
        ObjectNode details = details("reason", "original");
        AuditEntry entry = AuditChain.append(
                ChainHead.EMPTY,
                new AuditAct(T0, AuditActor.moderator(MODERATOR), AuditAction.DECIDED, "claim", "c-1", details));

        details.put("reason", "changed by the caller");
        entry.details().put("reason", "changed by a reader");

        assertEquals("original", entry.details().get("reason").asText());
        assertEquals(entry.hash(), AuditChain.hashOf(entry));
    }

    @Test
    void aContributorIsRecordedByPseudonymOnly() {
        AuditEntry entry = log(1).get(0);

        assertEquals("contributor:" + CONTRIBUTOR.value(), entry.actor());
    }

    @Test
    void aModeratorIsRecordedByTheirSubject() {
        AuditEntry entry = log(2).get(1);

        assertEquals("moderator:" + MODERATOR, entry.actor());
    }
}
