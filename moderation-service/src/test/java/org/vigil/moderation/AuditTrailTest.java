package org.vigil.moderation;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vigil.moderation.Fixtures.admin;
import static org.vigil.moderation.Fixtures.approve;
import static org.vigil.moderation.Fixtures.contributor;
import static org.vigil.moderation.Fixtures.decide;
import static org.vigil.moderation.Fixtures.get;
import static org.vigil.moderation.Fixtures.moderator;
import static org.vigil.moderation.Fixtures.munichReport;
import static org.vigil.moderation.Fixtures.post;
import static org.vigil.moderation.Fixtures.submitted;
import static org.vigil.moderation.Fixtures.submittedAndChecked;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.vigil.contracts.Topology;
import org.vigil.moderation.Fixtures.Submitted;
import org.vigil.testing.ArtemisTestResource;
import org.vigil.testing.OidcTestResource;
import org.vigil.testing.TestIdentityProvider;

/** Every act is appended to the hash-chained log, which admins read and verify (docs/product.md §2). */
@QuarkusTest
@QuarkusTestResource(ArtemisTestResource.class)
@QuarkusTestResource(OidcTestResource.class)
class AuditTrailTest {

    private static final String ADMIN = admin("admin1");
    private static final String MODERATOR = moderator("moderator1");

    /** The whole log, page by page, as an admin reads it once the acts committed so far are chained. */
    static List<JsonObject> log() {
        AuditTable.awaitSequenced();
        List<JsonObject> entries = new ArrayList<>();
        String cursor = null;
        do {
            JsonObject page =
                    new JsonObject(get(ADMIN, "/api/v1/audit?limit=200" + (cursor == null ? "" : "&cursor=" + cursor))
                            .statusCode(200)
                            .extract()
                            .asString());
            page.getJsonArray("items").forEach(entry -> entries.add((JsonObject) entry));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        return entries;
    }

    static List<String> actionsOn(UUID subject) {
        return log().stream()
                .filter(e -> subject.toString().equals(e.getString("subjectId")))
                .map(e -> e.getString("action"))
                .toList();
    }

    @Test
    void aSubmissionAndADecisionAreAppended() {
        Submitted report = submittedAndChecked(contributor("contributor-audit-1"), munichReport());
        approve(MODERATOR, report.claim(0));

        assertEquals(List.of("submitted", "decided"), actionsOn(report.claim(0)));
    }

    @Test
    void aRevisionAndAWithdrawalAreAppended() {
        String author = contributor("contributor-audit-2");
        Submitted report = submittedAndChecked(author, munichReport());
        decide(MODERATOR, report.claim(1), "request_changes", "which estimate is it?")
                .statusCode(200);
        io.restassured.RestAssured.given()
                .auth()
                .oauth2(author)
                .contentType("application/json")
                .body("{\"value\": " + Fixtures.attendance(250000) + ", \"citations\": [{\"sourceId\": \""
                        + SourcesStandIn.registered() + "\", \"exact\": \"about 250,000\"}]}")
                .put("/api/v1/claims/" + report.claim(1))
                .then()
                .statusCode(200);
        post(author, "/api/v1/reports/" + report.reportId() + "/withdraw", "").statusCode(200);

        assertEquals(List.of("submitted", "decided", "revised", "withdrawn"), actionsOn(report.claim(1)));
    }

    @Test
    void aRetractionIsAppended() {
        Submitted report = submittedAndChecked(contributor("contributor-audit-3"), munichReport());
        approve(MODERATOR, report.claim(0));
        post(moderator("moderator2"), "/api/v1/claims/" + report.claim(0) + "/retract", "{\"reason\": \"hoax\"}")
                .statusCode(202);
        post(MODERATOR, "/api/v1/claims/" + report.claim(0) + "/retract", "{\"reason\": \"hoax\"}")
                .statusCode(200);

        assertEquals(List.of("submitted", "decided", "proposed", "retracted"), actionsOn(report.claim(0)));
    }

    @Test
    void aMergeIsAppended() {
        Submitted first = submittedAndChecked(contributor("contributor-audit-4"), munichReport());
        Submitted second = submittedAndChecked(contributor("contributor-audit-4"), munichReport());
        approve(MODERATOR, first.claim(0));
        approve(MODERATOR, second.claim(0));
        String merge = "{\"into\": \"" + first.eventId() + "\", \"reason\": \"reported twice\"}";
        post(MODERATOR, "/api/v1/events/" + second.eventId() + "/merge", merge).statusCode(202);
        post(moderator("moderator2"), "/api/v1/events/" + second.eventId() + "/merge", merge)
                .statusCode(200);

        assertEquals(List.of("proposed", "merged"), actionsOn(second.eventId()));
    }

    @Test
    void aRatingReceivedFromTheEvidenceStoreIsAppendedAsASystemAct() {
        UUID publisher = UUID.randomUUID();
        Fixtures.send(
                Topology.PUBLISHER_RATED,
                publisher.toString(),
                new JsonObject()
                        .put("publisherId", publisher.toString())
                        .put("name", "IRNA")
                        .put("rating", "state_affiliated")
                        .put("ratedAt", Instant.now().toString()));

        await().atMost(Fixtures.PATIENCE).until(() -> actionsOn(publisher).equals(List.of("rated")));
        JsonObject entry = log().stream()
                .filter(e -> publisher.toString().equals(e.getString("subjectId")))
                .findFirst()
                .orElseThrow();
        assertEquals("system:sources-service", entry.getString("actor"));
        assertEquals("state_affiliated", entry.getJsonObject("details").getString("rating"));
    }

    @Test
    void contributorsAreNamedByPseudonymAndModeratorsBySubject() {
        Submitted report = submittedAndChecked(contributor("contributor-audit-6"), munichReport());
        approve(MODERATOR, report.claim(0));

        List<JsonObject> entries = log().stream()
                .filter(e -> report.claim(0).toString().equals(e.getString("subjectId")))
                .toList();
        assertTrue(entries.get(0).getString("actor").matches("contributor:contributor-[0-9a-z]{5}-[0-9a-z]{5}"));
        assertEquals("moderator:user-moderator1", entries.get(1).getString("actor"));
        assertFalse(new JsonArray(entries).encode().contains("contributor-audit-6"));
    }

    @Test
    void aPartnerIsNamedByItsClientId() {
        Submitted report = submitted(
                TestIdentityProvider.start().clientToken("partner-demo", Set.of("reports:write")), munichReport());

        assertTrue(log().stream()
                .anyMatch(e -> report.claim(0).toString().equals(e.getString("subjectId"))
                        && "partner:partner-demo".equals(e.getString("actor"))));
    }

    @Test
    void theLogIsPagedWithACursorOldestFirst() {
        submitted(contributor("contributor-audit-8"), munichReport());
        AuditTable.awaitSequenced();

        String cursor = get(ADMIN, "/api/v1/audit?limit=1")
                .body("items", hasSize(1))
                .body("items[0].sequence", equalTo(1))
                .body("items[0].previousHash", equalTo("0".repeat(64)))
                .extract()
                .path("nextCursor");
        get(ADMIN, "/api/v1/audit?limit=1&cursor=" + cursor).body("items[0].sequence", equalTo(2));
    }

    @Test
    void anUntouchedLogVerifies() {
        submitted(contributor("contributor-audit-9"), munichReport());
        List<JsonObject> entries = log();

        get(ADMIN, "/api/v1/audit/verify")
                .statusCode(200)
                .body("valid", equalTo(true))
                .body("entries", notNullValue())
                .body("firstBadEntry", nullValue());
        assertTrue(entries.size() >= 2);
    }

    @Test
    void aCheckpointAnAdminKeptIsCheckedToo() {
        submitted(contributor("contributor-audit-10"), munichReport());
        JsonObject first = log().get(0);

        get(ADMIN, "/api/v1/audit/verify?sequence=1&hash=" + first.getString("hash"))
                .body("valid", equalTo(true));
        get(ADMIN, "/api/v1/audit/verify?sequence=1&hash=" + "f".repeat(64))
                .body("valid", equalTo(false))
                .body("firstBadEntry", equalTo(1));
    }

    @Test
    void onlyAdminsReadTheLog() {
        get(MODERATOR, "/api/v1/audit").statusCode(403);
        get(MODERATOR, "/api/v1/audit/verify").statusCode(403);
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteAnEntry() throws SQLException {
        submitted(contributor("contributor-audit-12"), munichReport());
        AuditTable.awaitSequenced();

        try (Connection connection = Database.connect();
                Statement statement = connection.createStatement()) {
            SQLException update = assertThrows(
                    SQLException.class,
                    () -> statement.executeUpdate("update audit_entry set action = 'decided' where sequence = 1"));
            assertTrue(update.getMessage().contains("append-only"), update.getMessage());
            assertThrows(
                    SQLException.class, () -> statement.executeUpdate("delete from audit_entry where sequence = 1"));
        }
    }
}
