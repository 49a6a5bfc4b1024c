package org.vigil.events;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vigil.events.RecordFixtures.*;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.vigil.contracts.Topology;
import org.vigil.testing.ArtemisTestResource;
import org.vigil.testing.DeadLetterTool;
import org.vigil.testing.OidcTestResource;
import org.vigil.testing.TestBroker;

/** What an operator sees of a message events-service cannot apply, and replaying it after a fix. */
@QuarkusTest
@QuarkusTestResource(ArtemisTestResource.class)
@QuarkusTestResource(OidcTestResource.class)
class DeadLetterTest {

    @Inject
    Pool pool;

    @Test
    void anUnreadableEnvelopeEndsInTheDeadLetterAddressAfterItsAttemptsWithItsErrorRecorded() throws Exception {
        String id = UUID.randomUUID().toString();
        send(new JsonObject().put("id", id).put("type", "EventsMerged").put("payload", "not a merge"));

        awaitDeadLetter(id);

        Row failure = failure(id);
        assertEquals(TestBroker.MAX_DELIVERY_ATTEMPTS, failure.getInteger("attempts"));
        assertTrue(failure.getString("last_error").contains("UnreadableMessage"), failure.getString("last_error"));
        String listed = tool().run("--failures", failuresFile().toString(), "list");
        assertTrue(
                listed.contains(id)
                        && listed.contains("UnreadableMessage")
                        && listed.contains(Topology.EVENTS_MERGED.queueFor("events")),
                listed);
    }

    @Test
    void aMessageReplayedAfterTheFixIsAppliedOnce() throws Exception {
        UUID event = UUID.randomUUID();
        UUID claim = UUID.randomUUID();
        // the defect: the public record refuses this one claim
        execute("create function refuse_claim() returns trigger language plpgsql as $$ begin "
                + "raise exception 'the public record refuses claim %', new.claim_id; end $$");
        execute("create trigger refuse_claim before insert on approved_claim for each row " + "when (new.claim_id = '"
                + claim + "') execute function refuse_claim()");
        JsonObject approved = claimApproved(event, claim, "existence", existence("DE", "Hamburg", "2026-02-21"));
        String id = approved.getString("id");
        send(approved);
        awaitDeadLetter(id);
        assertTrue(
                failure(id).getString("last_error").contains("refuses claim"),
                failure(id).getString("last_error"));

        // the fix, then the replay
        execute("drop trigger refuse_claim on approved_claim");
        execute("drop function refuse_claim()");
        tool().run("replay", id);

        awaitHistory(event, 1);
        assertFalse(tool().run("list").contains(id), "replayed, the message left the dead-letter address");
        send(approved);
        Thread.sleep(2000);
        awaitHistory(event, 1);
        assertEquals(1, count("select count(*) from approved_claim where claim_id = $1", claim));
        assertEquals(
                0,
                count("select count(*) from message_failure where message_id = $1", id),
                "a message applied after failing no longer counts as dead-lettered");
    }

    private void awaitDeadLetter(String id) {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> count(
                                "select count(*) from message_failure where message_id = $1 and attempts >= "
                                        + TestBroker.MAX_DELIVERY_ATTEMPTS,
                                id)
                        == 1);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> ArtemisTestResource.broker().messageCount(Topology.DEAD_LETTER_ADDRESS) > 0);
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> tool().run("list").contains(id));
    }

    private static DeadLetterTool tool() {
        return new DeadLetterTool(ArtemisTestResource.broker());
    }

    private Row failure(String id) {
        RowSet<Row> rows = pool.preparedQuery("select attempts, last_error from message_failure where message_id = $1")
                .execute(Tuple.of(id))
                .await()
                .atMost(Duration.ofSeconds(10));
        assertEquals(1, rows.size(), "one failure record for " + id);
        return rows.iterator().next();
    }

    /** The failures as ./vigil dead-letters exports them from the service's database. */
    private Path failuresFile() throws Exception {
        StringBuilder lines = new StringBuilder();
        for (Row row : pool.query(
                        "select address || '.events' as queue, message_id, attempts, last_failed_at, last_error "
                                + "from message_failure")
                .execute()
                .await()
                .atMost(Duration.ofSeconds(10))) {
            lines.append(row.getString("queue"))
                    .append('\t')
                    .append(row.getString("message_id"))
                    .append('\t')
                    .append(row.getInteger("attempts"))
                    .append('\t')
                    .append(row.getValue("last_failed_at"))
                    .append('\t')
                    .append(row.getString("last_error"))
                    .append('\n');
        }
        Path file = Files.createTempFile("vigil-failures-", ".tsv");
        Files.writeString(file, lines);
        return file;
    }

    private long count(String sql, Object parameter) {
        return pool.preparedQuery(sql)
                .execute(Tuple.of(parameter))
                .await()
                .atMost(Duration.ofSeconds(10))
                .iterator()
                .next()
                .getLong(0);
    }

    private void execute(String sql) {
        pool.query(sql).execute().await().atMost(Duration.ofSeconds(10));
    }
}
