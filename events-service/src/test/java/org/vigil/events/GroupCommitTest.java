package org.vigil.events;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.vigil.events.RecordFixtures.*;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.vigil.contracts.Topology;
import org.vigil.events.repository.EventRows;
import org.vigil.testing.ArtemisTestResource;
import org.vigil.testing.BrokerClient;
import org.vigil.testing.OidcTestResource;

/**
 * Messages that queue up while the public record is busy are applied together in one
 * transaction: each exactly once, and one the record refuses holds back none of the others.
 */
@QuarkusTest
@QuarkusTestResource(ArtemisTestResource.class)
@QuarkusTestResource(OidcTestResource.class)
class GroupCommitTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Inject
    Pool pool;

    @Test
    void approvalsQueuedTogetherAreEachAppliedOnceAndARefusedOneFailsAlone() throws Exception {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        UUID refused = UUID.randomUUID();
        UUID refusedClaim = UUID.randomUUID();
        execute("create function refuse_grouped_claim() returns trigger language plpgsql as $$ begin "
                + "raise exception 'the public record refuses claim %', new.claim_id; end $$");
        execute("create trigger refuse_grouped_claim before insert on approved_claim for each row "
                + "when (new.claim_id = '" + refusedClaim + "') execute function refuse_grouped_claim()");
        JsonObject approvedFirst =
                claimApproved(first, UUID.randomUUID(), "existence", existence("PT", "Porto", "2026-02-11"));
        List<JsonObject> approvals = List.of(
                approvedFirst,
                claimApproved(refused, refusedClaim, "existence", existence("PT", "Braga", "2026-02-12")),
                approvedFirst, // a copy, as a redelivery would bring it
                claimApproved(second, UUID.randomUUID(), "existence", existence("PT", "Faro", "2026-02-13")));

        // the record's writer lock held elsewhere: the consumer's transaction waits for it, and the
        // approvals that arrive meanwhile queue up for the next group
        SqlConnection holder = pool.getConnection().await().atMost(WAIT);
        try {
            holder.preparedQuery("select pg_advisory_lock($1)")
                    .execute(Tuple.of(EventRows.RECORD_LOCK))
                    .await()
                    .atMost(WAIT);
            try (BrokerClient broker =
                    new BrokerClient(ArtemisTestResource.broker().port())) {
                for (JsonObject approval : approvals) {
                    broker.send(Topology.CLAIM_APPROVED.address(), approval);
                }
            }
            Thread.sleep(1000);
            holder.preparedQuery("select pg_advisory_unlock($1)")
                    .execute(Tuple.of(EventRows.RECORD_LOCK))
                    .await()
                    .atMost(WAIT);
        } finally {
            holder.close().await().atMost(WAIT);
        }

        awaitHistory(first, 1);
        awaitHistory(second, 1);
        await().atMost(Duration.ofSeconds(30))
                .until(() ->
                        count("select count(*) from message_failure where message_id = $1", refusedMessage(approvals))
                                == 1);
        assertEquals(
                1,
                count("select count(*) from approved_claim where event_id = $1", first),
                "the copy in the same group found the first one's inbox record");
        assertEquals(0, count("select count(*) from approved_claim where event_id = $1", refused));

        execute("drop trigger refuse_grouped_claim on approved_claim");
        execute("drop function refuse_grouped_claim()");
    }

    private static String refusedMessage(List<JsonObject> approvals) {
        return approvals.get(1).getString("id");
    }

    private long count(String sql, Object parameter) {
        return pool.preparedQuery(sql)
                .execute(Tuple.of(parameter))
                .await()
                .atMost(WAIT)
                .iterator()
                .next()
                .getLong(0);
    }

    private void execute(String sql) {
        pool.query(sql).execute().await().atMost(WAIT);
    }
}
