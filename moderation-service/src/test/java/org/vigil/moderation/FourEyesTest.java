package org.vigil.moderation;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.vigil.moderation.Fixtures.approve;
import static org.vigil.moderation.Fixtures.awaitMessage;
import static org.vigil.moderation.Fixtures.claimAsModerator;
import static org.vigil.moderation.Fixtures.contributor;
import static org.vigil.moderation.Fixtures.decide;
import static org.vigil.moderation.Fixtures.moderator;
import static org.vigil.moderation.Fixtures.newEvent;
import static org.vigil.moderation.Fixtures.payloadWith;
import static org.vigil.moderation.Fixtures.post;
import static org.vigil.moderation.Fixtures.submittedAndChecked;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.vigil.contracts.Topology;
import org.vigil.moderation.Fixtures.Submitted;
import org.vigil.testing.ArtemisTestResource;
import org.vigil.testing.OidcTestResource;

/** Sensitive claims need two approvals by two different moderators (docs/product.md §2). */
@QuarkusTest
@QuarkusTestResource(ArtemisTestResource.class)
@QuarkusTestResource(OidcTestResource.class)
class FourEyesTest {

    private static final String FIRST = moderator("moderator1");
    private static final String SECOND = moderator("moderator2");

    private static Submitted attack(String contributorName) {
        return submittedAndChecked(
                contributor(contributorName), newEvent("attack", "2026-02-15", "GB", "London", 51.507, -0.128));
    }

    @Test
    void aClaimAboutAnAttackIsSensitiveByItsKind() {
        Submitted attack = attack("contributor-eyes-1");

        claimAsModerator(attack.claim(0))
                .body("sensitive", equalTo(true))
                .body("sensitivity", hasItem("violence"))
                .body("approvalsRequired", equalTo(2));
    }

    @Test
    void aSensitiveClaimStaysPendingAfterTheFirstApproval() {
        Submitted attack = attack("contributor-eyes-2");

        approve(FIRST, attack.claim(0))
                .body("claimStatus", equalTo("pending"))
                .body("approvals", equalTo(1))
                .body("published", equalTo(false));
    }

    @Test
    void aSensitiveClaimTakesEffectWithASecondModeratorsApproval() {
        Submitted attack = attack("contributor-eyes-3");
        approve(FIRST, attack.claim(0));

        approve(SECOND, attack.claim(0))
                .body("claimStatus", equalTo("approved"))
                .body("approvals", equalTo(2))
                .body("published", equalTo(true));

        JsonObject payload = awaitMessage(Topology.CLAIM_APPROVED, "events", payloadWith("claimId", attack.claim(0)))
                .orElseThrow()
                .getJsonObject("payload");
        assertEquals(2, payload.getJsonArray("decisionIds").size());
    }

    @Test
    void theSameModeratorApprovingTwiceGets409() {
        Submitted attack = attack("contributor-eyes-4");
        approve(FIRST, attack.claim(0));

        decide(FIRST, attack.claim(0), "approve", null)
                .statusCode(409)
                .body("type", equalTo("https://vigil.example/problems/repeated-approval"));
    }

    @Test
    void aRejectionAfterOneApprovalEndsTheRound() {
        Submitted attack = attack("contributor-eyes-5");
        approve(FIRST, attack.claim(0));

        decide(SECOND, attack.claim(0), "reject", "the source does not say it was an attack")
                .statusCode(200)
                .body("claimStatus", equalTo("rejected"));
    }

    @Test
    void theQueueShowsWhoApprovedSoFarByModeratorPseudonym() {
        Submitted attack = attack("contributor-eyes-6");
        approve(moderator("moderator-eyes-6"), attack.claim(0));

        String item = claimAsModerator(attack.claim(0))
                .body("approvals", equalTo(1))
                .body("approvedBy", hasSize(1))
                .body("approvedBy[0]", matchesPattern("moderator-[0-9a-z]{5}-[0-9a-z]{5}"))
                .extract()
                .asString();
        assertFalse(item.contains("moderator-eyes-6"));
    }

    @Test
    void aModeratorCanMarkAnOrdinaryClaimSensitive() {
        Submitted rally = submittedAndChecked(
                contributor("contributor-eyes-7"), newEvent("rally", "2026-02-14", "FR", "Paris", 48.857, 2.352));

        post(FIRST, "/api/v1/claims/" + rally.claim(0) + "/mark-sensitive", "{\"reason\": \"names a private person\"}")
                .statusCode(200)
                .body("sensitive", equalTo(true))
                .body("sensitivity", hasItem("marked_by_moderator"))
                .body("approvalsRequired", equalTo(2));
    }

    @Test
    void aClaimMarkedSensitiveNeedsTwoApprovals() {
        Submitted rally = submittedAndChecked(
                contributor("contributor-eyes-8"), newEvent("rally", "2026-02-14", "FR", "Lyon", 45.764, 4.836));
        post(FIRST, "/api/v1/claims/" + rally.claim(0) + "/mark-sensitive", "{}")
                .statusCode(200);

        approve(SECOND, rally.claim(0)).body("claimStatus", equalTo("pending"));
    }
}
