package org.vigil.moderation;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import org.vigil.moderation.audit.AuditAct;
import org.vigil.moderation.audit.AuditAction;
import org.vigil.moderation.audit.AuditActor;
import org.vigil.moderation.audit.AuditChain;
import org.vigil.moderation.audit.AuditEntry;
import org.vigil.moderation.audit.ChainHead;

/**
 * The audit table as an attacker with the table owner's rights sees it: the append-only trigger
 * disabled, every row editable. Each change runs under the log's advisory lock so the sequencer
 * never appends halfway through it; {@link #restore} puts the original rows back afterwards.
 */
final class AuditTable implements AutoCloseable {

    /** AuditLog.LOCK_KEY: "VigilAud". */
    static final long LOCK_KEY = 0x5669_6769_6C41_7564L;

    /**
     * Waits until the sequencer has chained every act committed so far: requests record acts, and
     * the log shows them a moment later.
     */
    static void awaitSequenced() {
        await().atMost(Fixtures.PATIENCE)
                .pollInterval(Duration.ofMillis(20))
                .until(() -> Database.number("select count(*) from audit_act_pending") == 0);
    }

    private final Connection connection;

    AuditTable() throws SQLException {
        connection = Database.connect();
        connection.setAutoCommit(false);
    }

    /** Runs the statements as the owner would, in one transaction. */
    void tamper(String... statements) throws SQLException {
        asOwner(connection -> {
            try (Statement statement = connection.createStatement()) {
                for (String sql : statements) {
                    statement.execute(sql);
                }
            }
        });
    }

    @FunctionalInterface
    private interface Work {
        void run(Connection connection) throws SQLException;
    }

    private void asOwner(Work work) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("select pg_advisory_xact_lock(" + LOCK_KEY + ")");
            statement.execute("alter table audit_entry disable trigger audit_entry_append_only");
            work.run(connection);
            statement.execute("alter table audit_entry enable trigger audit_entry_append_only");
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        }
    }

    /** The newest entry's sequence, once every act committed so far is chained. */
    long head() throws SQLException {
        awaitSequenced();
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("select max(sequence) from audit_entry")) {
            result.next();
            long head = result.getLong(1);
            connection.commit();
            return head;
        }
    }

    /** A copy of the rows from {@code first} to {@code last}, kept aside to put back. */
    void keep(long first, long last) throws SQLException {
        tamper(
                "drop table if exists audit_kept",
                "create table audit_kept as select * from audit_entry where sequence between " + first + " and "
                        + last);
    }

    /** Puts the kept rows back where they were, removing whatever stands at their sequence numbers. */
    void restore() throws SQLException {
        tamper(
                "delete from audit_entry where sequence in (select sequence from audit_kept)",
                "insert into audit_entry select * from audit_kept",
                "drop table audit_kept");
    }

    /**
     * An entry forged properly for position {@code sequence}: it links to the stored hash of the
     * entry before and carries its own correct hash. The later entries are moved up by one to make room.
     */
    void insertForged(long sequence) throws SQLException {
        String previousHash;
        try (PreparedStatement query = connection.prepareStatement("select hash from audit_entry where sequence = ?")) {
            query.setLong(1, sequence - 1);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                previousHash = result.getString(1);
            }
        }
        AuditEntry forged = AuditChain.append(
                new ChainHead(sequence - 1, previousHash),
                new AuditAct(
                        Instant.now(),
                        AuditActor.moderator("user-attacker"),
                        AuditAction.DECIDED,
                        "claim",
                        "forged",
                        JsonNodeFactory.instance.objectNode().put("decision", "approve")));
        tamper(
                "update audit_entry set sequence = sequence + 1000000 where sequence >= " + sequence,
                "update audit_entry set sequence = sequence - 999999 where sequence >= 1000000",
                "insert into audit_entry values (%d, '%s', '%s', '%s', '%s', '%s', '%s'::jsonb, '%s', '%s')"
                        .formatted(
                                forged.sequence(),
                                forged.occurredAt(),
                                forged.actor(),
                                forged.action(),
                                forged.subjectType(),
                                forged.subjectId(),
                                forged.details(),
                                forged.previousHash(),
                                forged.hash()));
    }

    /** Undoes {@link #insertForged}: the forged entry out, the later ones back down. */
    void removeForged(long sequence) throws SQLException {
        tamper(
                "delete from audit_entry where sequence = " + sequence,
                "update audit_entry set sequence = sequence + 1000000 where sequence > " + sequence,
                "update audit_entry set sequence = sequence - 1000001 where sequence > 1000000");
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
