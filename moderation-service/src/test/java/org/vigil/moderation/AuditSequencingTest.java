package org.vigil.moderation;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vigil.moderation.Fixtures.admin;
import static org.vigil.moderation.Fixtures.contributor;
import static org.vigil.moderation.Fixtures.get;
import static org.vigil.moderation.Fixtures.moderator;
import static org.vigil.moderation.Fixtures.munichReport;
import static org.vigil.moderation.Fixtures.submitted;
import static org.vigil.moderation.Fixtures.submittedAndChecked;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.vigil.moderation.Fixtures.Submitted;
import org.vigil.moderation.audit.AuditSequencer;
import org.vigil.testing.ArtemisTestResource;
import org.vigil.testing.OidcTestResource;

/**
 * Requests record acts without the log's lock; sequencers chain them after commit, exactly once,
 * in an order verification accepts, and verification fails when an act stays out of the chain.
 */
@QuarkusTest
@QuarkusTestResource(ArtemisTestResource.class)
@QuarkusTestResource(OidcTestResource.class)
class AuditSequencingTest {

    private static final String ADMIN = admin("admin1");

    /** "Evnt": the first key of an event's lock (AuditLog.EVENT_LOCKS). */
    private static final int EVENT_LOCKS = 0x45766E74;

    @Inject
    AuditSequencer sequencer;

    /** A connection holding an advisory lock in an open transaction until closed. */
    private static Connection holding(String lock) throws SQLException {
        Connection connection = Database.connect();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.execute("select pg_advisory_xact_lock(" + lock + ")");
        }
        return connection;
    }

    private static long recordAct(Connection connection, String subject, String recordedAt) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into audit_act (occurred_at, actor, action, subject_type, subject_id, details, recorded_at)"
                        + " values (now(), 'system:test', 'rated', 'publisher', ?, '{\"n\": 1.50}', "
                        + recordedAt + ") returning id")) {
            insert.setString(1, subject);
            try (var result = insert.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    @Test
    void actsCommittedConcurrentlyAreChainedExactlyOnceByRacingSequencers() throws Exception {
        List<Long> acts = new ArrayList<>();
        ExecutorService writers = Executors.newFixedThreadPool(4);
        try (Connection lock = holding(Long.toString(AuditTable.LOCK_KEY))) {
            // every sequencer, this replica's own included, queues on the log's lock meanwhile
            List<Future<List<Long>>> written = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                written.add(writers.submit(() -> {
                    List<Long> ids = new ArrayList<>();
                    try (Connection connection = Database.connect()) {
                        for (int i = 0; i < 150; i++) {
                            ids.add(recordAct(connection, "race-" + UUID.randomUUID(), "now()"));
                        }
                    }
                    return ids;
                }));
            }
            for (Future<List<Long>> ids : written) {
                acts.addAll(ids.get(60, TimeUnit.SECONDS));
            }
            CompletableFuture<Integer> first = sequencer.sequence().subscribeAsCompletionStage();
            CompletableFuture<Integer> second = sequencer.sequence().subscribeAsCompletionStage();
            lock.rollback();
            first.get(60, TimeUnit.SECONDS);
            second.get(60, TimeUnit.SECONDS);
        } finally {
            writers.shutdown();
        }
        AuditTable.awaitSequenced();

        String ids = "array" + acts;
        assertEquals(acts.size(), Database.number("select count(*) from audit_entry where act_id = any(" + ids + ")"));
        assertEquals(
                acts.size(),
                Database.number("select count(distinct act_id) from audit_entry where act_id = any(" + ids + ")"));
        get(ADMIN, "/api/v1/audit/verify")
                .statusCode(200)
                .body("valid", equalTo(true))
                .body("awaitingSequencing", equalTo(0));
    }

    @Test
    void anActLeftOutOfTheChainPastTheBoundFailsVerification() throws Exception {
        try (Connection lock = holding(Long.toString(AuditTable.LOCK_KEY))) {
            long act;
            try (Connection connection = Database.connect()) {
                act = recordAct(connection, "late-" + UUID.randomUUID(), "now() - interval '2 minutes'");
            }
            get(ADMIN, "/api/v1/audit/verify")
                    .statusCode(200)
                    .body("valid", equalTo(false))
                    .body("problem", containsString("act " + act + ","))
                    .body("problem", containsString("not in the log"))
                    .body("awaitingSequencing", equalTo(1));
            lock.rollback();
        }
        AuditTable.awaitSequenced();
        get(ADMIN, "/api/v1/audit/verify").body("valid", equalTo(true));
    }

    @Test
    void anActAwaitingTheChainWithinTheBoundLeavesTheLogValid() throws Exception {
        try (Connection lock = holding(Long.toString(AuditTable.LOCK_KEY))) {
            try (Connection connection = Database.connect()) {
                recordAct(connection, "waiting-" + UUID.randomUUID(), "now()");
            }
            get(ADMIN, "/api/v1/audit/verify")
                    .statusCode(200)
                    .body("valid", equalTo(true))
                    .body("awaitingSequencing", equalTo(1));
            lock.rollback();
        }
    }

    @Test
    void anEntryRecordingAnotherActThanItsOwnIsNamed() throws Exception {
        submitted(contributor("contributor-sequencing-1"), munichReport());
        try (AuditTable table = new AuditTable()) {
            long target = table.head();
            long before = Database.number("select act_id from audit_entry where sequence = ?", target - 1);
            long own = Database.number("select act_id from audit_entry where sequence = ?", target);
            table.keep(target - 1, target);
            // two entries' acts swapped: each entry's hash still matches, the act it names does not
            table.tamper(
                    "update audit_entry set act_id = null where sequence = " + target,
                    "update audit_entry set act_id = " + own + " where sequence = " + (target - 1),
                    "update audit_entry set act_id = " + before + " where sequence = " + target);
            try {
                get(ADMIN, "/api/v1/audit/verify")
                        .body("valid", equalTo(false))
                        .body("firstBadEntry", equalTo((int) target - 1))
                        .body("problem", containsString("does not record act " + own));
            } finally {
                table.restore();
            }
        }
    }

    @Test
    void anEntryAddedWithoutAnActAfterTheSequencerStartedIsNamed() throws Exception {
        submitted(contributor("contributor-sequencing-5"), munichReport());
        try (AuditTable table = new AuditTable()) {
            long target = table.head();
            table.keep(target, target);
            table.tamper("update audit_entry set act_id = null where sequence = " + target);
            try {
                get(ADMIN, "/api/v1/audit/verify")
                        .body("valid", equalTo(false))
                        .body("firstBadEntry", equalTo((int) target))
                        .body("problem", containsString("records no act"));
            } finally {
                table.restore();
            }
        }
    }

    @Test
    void aSubmissionDoesNotWaitForTheLogsLock() throws Exception {
        try (Connection lock = holding(Long.toString(AuditTable.LOCK_KEY))) {
            CompletableFuture<Submitted> report = CompletableFuture.supplyAsync(
                    () -> submitted(contributor("contributor-sequencing-2"), munichReport()));

            report.get(30, TimeUnit.SECONDS);
            assertEquals(
                    1,
                    Database.number(
                            "select count(*) from audit_act_pending p join audit_act a on a.id = p.act_id"
                                    + " where a.subject_id = ?",
                            report.get().claim(0).toString()));
            lock.rollback();
        }
    }

    @Test
    void twoSubmissionsHoldTheirActsUncommittedSideBySide() throws Exception {
        try (Connection first = Database.connect();
                Connection second = Database.connect()) {
            first.setAutoCommit(false);
            second.setAutoCommit(false);
            recordAct(first, "side-" + UUID.randomUUID(), "now()");
            try (Statement statement = second.createStatement()) {
                statement.execute("set local lock_timeout = '5s'");
            }
            recordAct(second, "side-" + UUID.randomUUID(), "now()");
            second.commit();
            first.commit();
        }
    }

    @Test
    void aDecisionWaitsForAnActOnItsOwnEventOnly() throws Exception {
        Submitted report = submittedAndChecked(contributor("contributor-sequencing-3"), munichReport());
        try (Connection otherEvent = holding(EVENT_LOCKS + ", hashtext('" + UUID.randomUUID() + "')")) {
            CompletableFuture<Integer> decided =
                    CompletableFuture.supplyAsync(() -> Fixtures.approve(moderator("moderator1"), report.claim(0))
                            .extract()
                            .statusCode());
            assertEquals(200, decided.get(30, TimeUnit.SECONDS));
        }
        try (Connection sameEvent = holding(EVENT_LOCKS + ", hashtext('" + report.eventId() + "')")) {
            CompletableFuture<Integer> decided =
                    CompletableFuture.supplyAsync(() -> Fixtures.approve(moderator("moderator1"), report.claim(1))
                            .extract()
                            .statusCode());
            assertThrows(TimeoutException.class, () -> decided.get(2, TimeUnit.SECONDS));
            sameEvent.rollback();
            assertEquals(200, decided.get(60, TimeUnit.SECONDS));
        }
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteAnAct() throws SQLException {
        submitted(contributor("contributor-sequencing-4"), munichReport());

        try (Connection connection = Database.connect();
                Statement statement = connection.createStatement()) {
            SQLException update = assertThrows(
                    SQLException.class, () -> statement.executeUpdate("update audit_act set action = 'decided'"));
            assertTrue(update.getMessage().contains("append-only"), update.getMessage());
            assertThrows(SQLException.class, () -> statement.executeUpdate("delete from audit_act"));
        }
    }
}
