package org.vigil.events;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.vigil.events.RecordFixtures.*;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.vigil.testing.ArtemisTestResource;
import org.vigil.testing.OidcTestResource;

/** {@code GET /api/v1/events/{id}/history}: every change, with the claim and decisions behind it. */
@QuarkusTest
@QuarkusTestResource(ArtemisTestResource.class)
@QuarkusTestResource(OidcTestResource.class)
class HistoryTest {

    @Test
    void theFirstEntryIsTheCreationWithTheExistenceClaimAndItsDecision() {
        UUID event = UUID.randomUUID();
        UUID claim = UUID.randomUUID();
        UUID decision = UUID.randomUUID();
        send(claimApproved(event, claim, decision, "existence", existence("AT", "Vienna", "2026-01-17")));
        awaitHistory(event, 1);
        readHistory(event)
                .statusCode(200)
                .body("items[0].eventId", equalTo(event.toString()))
                .body("items[0].change", equalTo("created"))
                .body("items[0].field", equalTo("existence"))
                .body("items[0].claimId", equalTo(claim.toString()))
                .body("items[0].decisionIds", contains(decision.toString()))
                .body("items[0].revision", equalTo(1))
                .body("items.find { it.change == 'created' }.diff.field", hasItem("title"))
                .body("nextCursor", nullValue());
    }

    @Test
    void anApprovedFigureIsAFigureChangeFromNothingToItsSpan() {
        UUID event = published(existence("AT", "Graz", "2026-01-17"));
        UUID claim = UUID.randomUUID();
        approve(event, claim, "attendance", attendance(3_000), 2);
        readHistory(event)
                .statusCode(200)
                .body("items[1].change", equalTo("figure_changed"))
                .body("items[1].field", equalTo("attendance"))
                .body("items[1].claimId", equalTo(claim.toString()))
                .body("items[1].diff[0].field", equalTo("attendance"))
                .body("items[1].diff[0].from", nullValue())
                .body("items[1].diff[0].to.low", equalTo(3000))
                .body("items[1].diff[0].to.claims", equalTo(1));
    }

    @Test
    void aNewerDateClaimIsAFieldChangeFromTheOldDateToTheNew() {
        UUID event = published(existence("AT", "Linz", "2026-01-17"));
        approve(event, UUID.randomUUID(), "date", date("2026-01-18"), 2);
        readHistory(event)
                .statusCode(200)
                .body("items[1].change", equalTo("field_changed"))
                .body("items[1].field", equalTo("date"))
                .body("items[1].diff[0].field", equalTo("date"))
                .body("items[1].diff[0].from", equalTo("2026-01-17"))
                .body("items[1].diff[0].to", equalTo("2026-01-18"));
    }

    @Test
    void aRetractedClaimIsInTheHistoryWithItsDecisionReasonAndWhatItUndid() {
        UUID event = published(existence("AT", "Salzburg", "2026-01-17"));
        UUID claim = UUID.randomUUID();
        UUID retraction = UUID.randomUUID();
        approve(event, claim, "attendance", attendance(5_000), 2);
        send(claimRetracted(event, claim, retraction, "the source misquoted the organisers"));
        awaitHistory(event, 3);
        readHistory(event)
                .statusCode(200)
                .body("items[2].change", equalTo("claim_retracted"))
                .body("items[2].claimId", equalTo(claim.toString()))
                .body("items[2].decisionIds", contains(retraction.toString()))
                .body("items[2].reason", equalTo("the source misquoted the organisers"))
                .body("items[2].diff[0].field", equalTo("attendance"))
                .body("items[2].diff[0].from.low", equalTo(5000))
                .body("items[2].diff[0].to", nullValue());
    }

    @Test
    void aMergeIsInBothHistories() {
        UUID duplicate = published(existence("AT", "Innsbruck", "2026-01-24"));
        UUID survivor = published(existence("AT", "Innsbruck", "2026-01-24", "Rally in Innsbruck"));
        UUID decision = UUID.randomUUID();
        merge(duplicate, survivor, decision, "same rally");
        awaitHistory(duplicate, 2);
        readHistory(duplicate)
                .statusCode(200)
                .body("items[1].change", equalTo("merged"))
                .body("items[1].mergedInto", equalTo(survivor.toString()))
                .body("items[1].decisionIds", contains(decision.toString()));
        awaitHistory(survivor, 2);
        readHistory(survivor)
                .statusCode(200)
                .body("items[1].change", equalTo("absorbed"))
                .body("items[1].mergedFrom", equalTo(duplicate.toString()))
                .body("items[1].reason", equalTo("same rally"));
    }

    @Test
    void theHistoryIsPaginated() {
        UUID event = published(existence("AT", "Bregenz", "2026-01-17"));
        approve(event, UUID.randomUUID(), "summary", summary("Several hundred people gathered."), 2);
        String next = asReader()
                .queryParam("limit", 1)
                .when()
                .get("/api/v1/events/" + event + "/history")
                .then()
                .statusCode(200)
                .body("items.change", contains("created"))
                .extract()
                .path("nextCursor");
        asReader()
                .queryParam("cursor", next)
                .queryParam("limit", 1)
                .when()
                .get("/api/v1/events/" + event + "/history")
                .then()
                .statusCode(200)
                .body("items.change", contains("field_changed"))
                .body("nextCursor", nullValue());
    }

    @Test
    void anEventThatNeverWasPublicHasNoHistory() {
        readHistory(UUID.randomUUID()).statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aRetractedEventHasNoPublicHistory() {
        UUID event = retractedEvent(UUID.randomUUID(), existence("AT", "Klagenfurt", "2026-01-17"));
        readHistory(event).statusCode(404);
    }
}
