package org.vigil.moderation.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vigil.moderation.audit.AuditFixtures.CONTRIBUTOR;
import static org.vigil.moderation.audit.AuditFixtures.MODERATOR;
import static org.vigil.moderation.audit.AuditFixtures.details;
import static org.vigil.moderation.audit.AuditFixtures.editableDetails;
import static org.vigil.moderation.audit.AuditFixtures.entries;
import static org.vigil.moderation.audit.AuditFixtures.log;
import static org.vigil.moderation.audit.AuditFixtures.reseal;
import static org.vigil.moderation.audit.AuditFixtures.rows;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ChainVerifierTest {

    private final List<AuditEntry> original = log(6);
    private final List<AuditRecord> rows = rows(original);

    private AuditVerification verify() {
        return AuditChain.verify(entries(rows));
    }

    private static void assertFirstBad(long sequence, AuditVerification verification) {
        assertFalse(verification.valid(), "the log should not verify");
        assertEquals(sequence, verification.firstBadEntry(), verification.problem());
    }

    /** Edits someone with write access to the table can make to one row. */
    static Stream<Arguments> edits() {
        return Stream.of(
                Arguments.of("occurredAt", (Consumer<AuditRecord>)
                        row -> row.occurredAt = row.occurredAt.plus(Duration.ofHours(1))),
                Arguments.of("actor", (Consumer<AuditRecord>) row -> row.actor = "moderator:someone-else"),
                Arguments.of("action", (Consumer<AuditRecord>) row -> row.action = "withdrawn"),
                Arguments.of("subjectType", (Consumer<AuditRecord>) row -> row.subjectType = "report"),
                Arguments.of("subjectId", (Consumer<AuditRecord>) row -> row.subjectId = "claim-99"),
                Arguments.of("details", (Consumer<AuditRecord>)
                        row -> editableDetails(row).put("verdict", "reject")),
                Arguments.of("details emptied", (Consumer<AuditRecord>)
                        row -> editableDetails(row).removeAll()),
                Arguments.of("previousHash", (Consumer<AuditRecord>) row -> row.previousHash = "f".repeat(64)),
                Arguments.of("hash", (Consumer<AuditRecord>) row -> row.hash = "e".repeat(64)),
                Arguments.of("actor set to null", (Consumer<AuditRecord>) row -> row.actor = null));
    }

    @Nested
    class IntactLogs {

        @Test
        void anIntactLogIsValidAndNamesItsHead() {
            AuditVerification verification = verify();

            assertTrue(verification.valid());
            assertEquals(6, verification.entries());
            assertEquals(original.get(5).hash(), verification.head());
            assertNull(verification.firstBadEntry());
            assertNull(verification.problem());
        }

        @Test
        void anEmptyLogIsValidAndItsHeadIsTheGenesisHash() {
            AuditVerification verification = AuditChain.verify(List.of());

            assertTrue(verification.valid());
            assertEquals(0, verification.entries());
            assertEquals(AuditChain.GENESIS_HASH, verification.head());
        }

        @Test
        void aLogFedPageByPageVerifiesAsAWhole() {
            ChainVerifier verifier = new ChainVerifier();
            original.subList(0, 4).forEach(verifier::accept);
            original.subList(4, 6).forEach(verifier::accept);

            assertEquals(AuditChain.verify(original), verifier.result());
        }
    }

    @Nested
    class Tampering {

        @ParameterizedTest(name = "{0}")
        @MethodSource("org.vigil.moderation.audit.ChainVerifierTest#edits")
        void editingAnyFieldOfAnEntryNamesThatEntry(String field, Consumer<AuditRecord> edit) {
            edit.accept(rows.get(3));

            assertFirstBad(4, verify());
        }

        @Test
        void deletingAnEntryNamesTheMissingOne() {
            rows.remove(2);

            AuditVerification verification = verify();
            assertFirstBad(3, verification);
            assertEquals("entry 3 is missing: entry 4 follows entry 2", verification.problem());
        }

        @Test
        void deletingTheFirstEntryNamesIt() {
            rows.remove(0);

            assertFirstBad(1, verify());
        }

        @Test
        void deletingAnEntryAndRenumberingTheRestNamesTheFirstRenumbered() {
            rows.remove(2);
            rows.stream().skip(2).forEach(row -> row.sequence--);

            assertFirstBad(3, verify());
        }

        @Test
        void swappingTheSequenceNumbersOfTwoEntriesNamesTheEarlier() {
            rows.get(2).sequence = 4;
            rows.get(3).sequence = 3;
            Collections.swap(rows, 2, 3); // as ORDER BY sequence returns them

            assertFirstBad(3, verify());
        }

        @Test
        void swappingTheTimesOfTwoEntriesNamesTheEarlier() {
            var third = rows.get(2).occurredAt;
            rows.get(2).occurredAt = rows.get(3).occurredAt;
            rows.get(3).occurredAt = third;

            assertFirstBad(3, verify());
        }

        @Test
        void aWellFormedEntryInsertedInTheMiddleIsNamed() {
            AuditEntry forged = AuditChain.append(
                    original.get(1).asHead(),
                    new AuditAct(
                            original.get(1).occurredAt(),
                            AuditActor.moderator(MODERATOR),
                            AuditAction.RETRACTED,
                            "claim",
                            "claim-1",
                            details("reason", "forged")));
            rows.stream().skip(2).forEach(row -> row.sequence++);
            rows.add(2, AuditRecord.of(forged));

            AuditVerification verification = verify();
            assertFirstBad(3, verification);
            assertEquals("entry 3 was inserted: entry 4 links past it to entry 2", verification.problem());
        }

        @Test
        void anEntryInsertedWithoutAProperHashIsNamed() {
            AuditRecord inserted = AuditRecord.of(original.get(2));
            inserted.actor = "moderator:someone-else";
            rows.stream().skip(2).forEach(row -> row.sequence++);
            rows.add(2, inserted);

            assertFirstBad(3, verify());
        }

        @Test
        void anEntryInsertedUnderATakenSequenceNumberIsNamed() {
            AuditRecord copy = AuditRecord.of(original.get(2));
            editableDetails(copy).put("verdict", "reject");
            rows.add(3, reseal(copy));

            assertFirstBad(3, verify());
        }

        @Test
        void anEntryAppendedAfterAGapNamesTheGap() {
            AuditRecord appended = AuditRecord.of(
                    AuditChain.append(new ChainHead(7, original.get(5).hash()), AuditFixtures.act(8)));
            rows.add(appended);

            assertFirstBad(7, verify());
        }

        @Test
        void anEntryRewrittenWithItsHashRecomputedIsNamedAtTheNextLink() {
            editableDetails(rows.get(2)).put("verdict", "reject");
            reseal(rows.get(2));

            AuditVerification verification = verify();
            assertFirstBad(3, verification);
            assertEquals(
                    "entry 3 was rewritten: its hash was recomputed, but entry 4 still links to the hash it had before",
                    verification.problem());
        }

        @Test
        void aFirstEntryRewrittenNotToStartFromGenesisIsNamed() {
            rows.get(0).previousHash = "a".repeat(64);
            reseal(rows.get(0));

            assertFirstBad(1, verify());
        }

        @Test
        void entriesPastTheFirstBadOneAreStillCounted() {
            rows.get(1).actor = "moderator:someone-else";

            AuditVerification verification = verify();
            assertEquals(6, verification.entries());
            assertEquals(original.get(5).hash(), verification.head());
        }

        @Test
        void theProblemNamesEntriesNeverActors() {
            editableDetails(rows.get(2)).put("verdict", "reject");
            reseal(rows.get(2));

            String problem = verify().problem();
            assertFalse(problem.contains(CONTRIBUTOR.value()));
            assertFalse(problem.contains(MODERATOR));
        }
    }

    @Nested
    class Anchors {

        @Test
        void truncatingTheTailIsNotDetectableByTheChainAlone() {
            rows.subList(4, 6).clear();

            assertTrue(verify().valid());
        }

        @Test
        void rewritingTheLastEntryIsNotDetectableByTheChainAlone() {
            editableDetails(rows.get(5)).put("verdict", "reject");
            reseal(rows.get(5));

            assertTrue(verify().valid());
        }

        @Test
        void aCheckpointNamesTheFirstEntryCutFromTheTail() {
            AuditAnchor checkpoint = AuditAnchor.checkpoint(6, original.get(5).hash());
            rows.subList(4, 6).clear();

            AuditVerification verification = AuditChain.verify(entries(rows), checkpoint);
            assertFirstBad(5, verification);
            assertEquals(
                    "the log ends at entry 4 but entry 6 was anchored: entries 5 to 6 were removed",
                    verification.problem());
        }

        @Test
        void aCheckpointDetectsATailRewrittenWithRecomputedHashes() {
            AuditAnchor checkpoint = AuditAnchor.checkpoint(6, original.get(5).hash());
            editableDetails(rows.get(4)).put("property", "killed");
            reseal(rows.get(4));
            rows.get(5).previousHash = rows.get(4).hash;
            reseal(rows.get(5));

            assertFirstBad(6, AuditChain.verify(entries(rows), checkpoint));
        }

        @Test
        void aCheckpointAllowsEntriesAppendedAfterIt() {
            AuditAnchor checkpoint = AuditAnchor.checkpoint(4, original.get(3).hash());

            assertTrue(AuditChain.verify(original, checkpoint).valid());
        }

        @Test
        void aHeadAnchorNamesAnEntryAppendedAfterIt() {
            AuditAnchor head = AuditAnchor.head(5, original.get(4).hash());

            assertFirstBad(6, AuditChain.verify(original, head));
        }

        @Test
        void aLogEndingAtItsAnchoredHeadIsValid() {
            AuditAnchor head = AuditAnchor.head(6, original.get(5).hash());

            assertTrue(AuditChain.verify(original, head).valid());
        }

        @Test
        void tamperingBeforeTheAnchorIsNamedWhereItHappened() {
            AuditAnchor checkpoint = AuditAnchor.checkpoint(6, original.get(5).hash());
            rows.get(1).actor = "moderator:someone-else";

            assertFirstBad(2, AuditChain.verify(entries(rows), checkpoint));
        }
    }
}
