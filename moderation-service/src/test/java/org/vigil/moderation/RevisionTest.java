package org.vigil.moderation;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.vigil.moderation.Fixtures.approve;
import static org.vigil.moderation.Fixtures.awaitMessage;
import static org.vigil.moderation.Fixtures.claimAsModerator;
import static org.vigil.moderation.Fixtures.contributor;
import static org.vigil.moderation.Fixtures.decide;
import static org.vigil.moderation.Fixtures.moderator;
import static org.vigil.moderation.Fixtures.munichReport;
import static org.vigil.moderation.Fixtures.quoteChecked;
import static org.vigil.moderation.Fixtures.send;
import static org.vigil.moderation.Fixtures.submittedAndChecked;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.vertx.core.json.JsonObject;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.vigil.contracts.Topology;
import org.vigil.moderation.Fixtures.Submitted;
import org.vigil.testing.ArtemisTestResource;
import org.vigil.testing.OidcTestResource;

/** The author answers a change request with a revised claim: pending again, history kept. */
@QuarkusTest
@QuarkusTestResource(ArtemisTestResource.class)
@QuarkusTestResource(OidcTestResource.class)
class RevisionTest {

    private static final String MODERATOR = moderator("moderator1");
    private static final String REVISED = """
            {"value": {"low": 200000, "qualifier": "over", "estimatedBy": "police"},
             "citations": [{"sourceId": "%s", "exact": "Police said over 200,000 took part"}]}""".formatted(SourcesStandIn.registered());

    private static ValidatableResponse revise(String token, UUID claimId, String body) {
        return Fixtures.put(token, "/api/v1/claims/" + claimId, body);
    }

    /** A report whose attendance claim (claim 1) a moderator asked to change. */
    private static Submitted changesRequested(String author) {
        Submitted report = submittedAndChecked(contributor(author), munichReport());
        decide(MODERATOR, report.claim(1), "request_changes", "cite the police estimate too")
                .statusCode(200);
        return report;
    }

    @Test
    void aRevisionAnswersAChangeRequestAsTheNextPendingRevision() {
        Submitted report = changesRequested("contributor-revision-1");

        revise(contributor("contributor-revision-1"), report.claim(1), REVISED)
                .statusCode(200)
                .body("claims[1].status", equalTo("pending"))
                .body("claims[1].revision", equalTo(2))
                .body("claims[1].value.low", equalTo(200000))
                .body("claims[1].feedback[0].reason", equalTo("cite the police estimate too"))
                .body("claims[1].feedback[0].revision", equalTo(1));
    }

    @Test
    void earlierRevisionsAreKept() {
        Submitted report = changesRequested("contributor-revision-2");
        revise(contributor("contributor-revision-2"), report.claim(1), REVISED).statusCode(200);

        assertEquals(2, Database.number("select count(*) from claim_revision where claim_id = ?", report.claim(1)));
        assertEquals(
                250000,
                Database.number(
                        "select (value->>'low')::bigint from claim_revision where claim_id = ? and revision = 1",
                        report.claim(1)));
    }

    @Test
    void aRevisionIsAnnouncedForQuoteChecksNumberedForItsRevision() {
        Submitted report = changesRequested("contributor-revision-3");
        revise(contributor("contributor-revision-3"), report.claim(1), REVISED).statusCode(200);

        JsonObject announced = awaitMessage(
                        Topology.REPORT_SUBMITTED,
                        "sources",
                        envelope -> envelope.encode().contains("Police said over 200,000 took part")
                                && envelope.encode().contains(report.claim(1).toString()))
                .orElseThrow(() -> new AssertionError("the revision was not announced"))
                .getJsonObject("payload");
        assertEquals(report.reportId().toString(), announced.getString("reportId"));
        assertEquals(
                100,
                announced
                        .getJsonArray("claims")
                        .getJsonObject(0)
                        .getJsonArray("citations")
                        .getJsonObject(0)
                        .getInteger("index"));
    }

    @Test
    void aLateQuoteCheckOfTheEarlierRevisionIsIgnored() {
        Submitted report = changesRequested("contributor-revision-4");
        revise(contributor("contributor-revision-4"), report.claim(1), REVISED).statusCode(200);
        Fixtures.checkQuotes(report.claim(1));

        send(Topology.QUOTE_CHECKED, report.claim(1).toString(), quoteChecked(report.claim(1), 0, "not_found"));
        // a later message on the same queue: once it is applied, the stale one was processed
        send(Topology.QUOTE_CHECKED, report.claim(0).toString(), quoteChecked(report.claim(0), 0, "ambiguous"));
        await().atMost(Fixtures.PATIENCE)
                .untilAsserted(
                        () -> claimAsModerator(report.claim(0)).body("citations[0].quoteCheck", equalTo("ambiguous")));

        claimAsModerator(report.claim(1)).body("citations[0].quoteCheck", equalTo("found"));
    }

    @Test
    void aRevisionClearsTheApprovalsOfTheEarlierRevision() {
        Submitted report = submittedAndChecked(
                contributor("contributor-revision-5"),
                Fixtures.newEvent("attack", "2026-02-15", "SE", "Stockholm", 59.329, 18.069));
        approve(MODERATOR, report.claim(0)).body("approvals", equalTo(1));

        revise(contributor("contributor-revision-5"), report.claim(0), """
                {"value": %s, "citations": [{"sourceId": "%s", "exact": "a man attacked protesters"}]}""".formatted(
                                Fixtures.existence("attack", "2026-02-16", "SE", "Stockholm", 59.329, 18.069),
                                SourcesStandIn.registered()))
                .statusCode(200);

        Fixtures.checkQuotes(report.claim(0));
        claimAsModerator(report.claim(0)).body("approvals", equalTo(0)).body("revision", equalTo(2));
    }

    @Test
    void someoneElsesClaimCannotBeRevised() {
        Submitted report = changesRequested("contributor-revision-6");

        revise(contributor("contributor-revision-7"), report.claim(1), REVISED).statusCode(404);
    }

    @Test
    void aDecidedClaimCannotBeRevised() {
        Submitted report = submittedAndChecked(contributor("contributor-revision-8"), munichReport());
        decide(MODERATOR, report.claim(1), "reject", "no such figure in the source")
                .statusCode(200);

        revise(contributor("contributor-revision-8"), report.claim(1), REVISED).statusCode(409);
    }

    @Test
    void anInvalidRevisionIsA400NamingTheFieldAndChangesNothing() {
        Submitted report = changesRequested("contributor-revision-9");

        revise(contributor("contributor-revision-9"), report.claim(1), REVISED.replace("\"over\"", "\"lots\""))
                .statusCode(400)
                .body("errors.field", hasItem("value.qualifier"));
        claimAsModerator(report.claim(1))
                .body("status", equalTo("changes_requested"))
                .body("revision", equalTo(1));
    }
}
