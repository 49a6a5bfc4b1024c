package org.vigil.moderation;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vigil.moderation.Fixtures.approve;
import static org.vigil.moderation.Fixtures.awaitMessage;
import static org.vigil.moderation.Fixtures.claimAsModerator;
import static org.vigil.moderation.Fixtures.contributor;
import static org.vigil.moderation.Fixtures.merge;
import static org.vigil.moderation.Fixtures.moderator;
import static org.vigil.moderation.Fixtures.newEvent;
import static org.vigil.moderation.Fixtures.payloadWith;
import static org.vigil.moderation.Fixtures.post;
import static org.vigil.moderation.Fixtures.submitted;
import static org.vigil.moderation.Fixtures.submittedAndChecked;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.vertx.core.json.JsonObject;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.vigil.contracts.Topology;
import org.vigil.moderation.Fixtures.Submitted;
import org.vigil.testing.ArtemisTestResource;
import org.vigil.testing.OidcTestResource;

/**
 * Four eyes where harm is possible (docs/product.md §6): an unverified quote needs a second approval;
 * retracting an event, undoing a retraction and merging events are proposed by one moderator and
 * take effect when a second confirms.
 */
@QuarkusTest
@QuarkusTestResource(ArtemisTestResource.class)
@QuarkusTestResource(OidcTestResource.class)
class SecondModeratorTest {

    private static final String FIRST = moderator("moderator1");
    private static final String SECOND = moderator("moderator2");

    private static Submitted publicRally(String contributorName, String city) {
        Submitted rally = submittedAndChecked(
                contributor(contributorName), newEvent("rally", "2026-01-31", "FR", city, 48.8, 2.3));
        approve(FIRST, rally.claim(0));
        return rally;
    }

    private static String reason(String reason) {
        return new JsonObject().put("reason", reason).encode();
    }

    /** {@code moderator} asks to {@code act} (retract, unretract) on the claim, giving {@code reason}. */
    private static ValidatableResponse act(String moderator, String act, UUID claim, String reason) {
        return post(moderator, "/api/v1/claims/" + claim + "/" + act, reason(reason));
    }

    /** A public rally whose retraction SECOND proposed, "a hoax". */
    private static Submitted retractionProposed(String contributorName, String city) {
        Submitted rally = publicRally(contributorName, city);
        act(SECOND, "retract", rally.claim(0), "a hoax").statusCode(202);
        return rally;
    }

    /** One rally reported twice, both public, and FIRST's proposal to merge the second into the first. */
    private record ProposedMerge(Submitted survivor, Submitted duplicate) {}

    private static ProposedMerge mergeProposed(String contributorName, String city) {
        ProposedMerge proposed =
                new ProposedMerge(publicRally(contributorName, city), publicRally(contributorName, city));
        merge(FIRST, proposed.duplicate().eventId(), proposed.survivor().eventId(), "reported twice")
                .statusCode(202);
        return proposed;
    }

    private static long mergesOf(Submitted event) {
        return Database.number("select count(*) from event_merge where merged_event_id = ?", event.eventId());
    }

    @Nested
    class UnverifiedQuotes {

        /** A rally whose existence claim's quote the evidence store did not find. */
        private Submitted notFound(String contributorName) {
            Submitted rally =
                    submitted(contributor(contributorName), newEvent("rally", "2026-01-31", "FR", "Lyon", 45.76, 4.83));
            Fixtures.send(
                    Topology.QUOTE_CHECKED,
                    rally.claim(0).toString(),
                    Fixtures.quoteChecked(rally.claim(0), 0, "not_found"));
            await().atMost(Fixtures.PATIENCE)
                    .until(() -> "not_found"
                            .equals(new JsonObject(claimAsModerator(rally.claim(0))
                                            .extract()
                                            .asString())
                                    .getJsonArray("citations")
                                    .getJsonObject(0)
                                    .getString("quoteCheck")));
            return rally;
        }

        @Test
        void aClaimWhoseQuoteWasNotFoundNeedsTwoApprovals() {
            Submitted rally = notFound("contributor-unverified-1");

            approve(FIRST, rally.claim(0))
                    .body("claimStatus", equalTo("pending"))
                    .body("approvalsRequired", equalTo(2))
                    .body("published", equalTo(false));
        }

        @Test
        void anApprovedQuoteThatWasNotFoundIsMarkedUnverifiedForThePublic() {
            Submitted rally = notFound("contributor-unverified-2");
            approve(FIRST, rally.claim(0));
            approve(SECOND, rally.claim(0)).body("claimStatus", equalTo("approved"));

            JsonObject payload = awaitMessage(Topology.CLAIM_APPROVED, "events", payloadWith("claimId", rally.claim(0)))
                    .orElseThrow()
                    .getJsonObject("payload");
            assertTrue(payload.getJsonArray("citations").getJsonObject(0).getBoolean("unverified"));
        }
    }

    @Nested
    class Retraction {

        @Test
        void retractingAnEventIsOnlyProposedByTheFirstModerator() {
            Submitted rally = publicRally("contributor-second-1", "Paris");

            act(SECOND, "retract", rally.claim(0), "a hoax")
                    .statusCode(202)
                    .body("status", equalTo("proposed"))
                    .body("act", equalTo("retract"))
                    .body("proposedBy", org.hamcrest.Matchers.startsWith("moderator-"));

            claimAsModerator(rally.claim(0)).body("status", equalTo("approved"));
        }

        @Test
        void aSecondModeratorsConfirmationRetractsTheEvent() {
            Submitted rally = retractionProposed("contributor-second-2", "Marseille");

            act(FIRST, "retract", rally.claim(0), "agreed")
                    .statusCode(200)
                    .body("claimStatus", equalTo("retracted"))
                    .body("reason", equalTo("a hoax"));

            assertTrue(awaitMessage(Topology.CLAIM_RETRACTED, "events", payloadWith("claimId", rally.claim(0)))
                    .isPresent());
        }

        @Test
        void theProposerCannotConfirmTheirOwnProposal() {
            Submitted rally = retractionProposed("contributor-second-3", "Nice");

            act(SECOND, "retract", rally.claim(0), "a hoax")
                    .statusCode(403)
                    .body("type", org.hamcrest.Matchers.endsWith("/own-proposal"));
            claimAsModerator(rally.claim(0)).body("status", equalTo("approved"));
        }

        @Test
        void undoingARetractionTakesTwoModeratorsAndPublishesTheClaimAgain() {
            Submitted rally = retractionProposed("contributor-second-4", "Lille");
            act(FIRST, "retract", rally.claim(0), "agreed").statusCode(200);
            Fixtures.drain(Topology.CLAIM_APPROVED, "events");

            act(FIRST, "unretract", rally.claim(0), "the article was real").statusCode(202);
            claimAsModerator(rally.claim(0)).body("status", equalTo("retracted"));
            act(SECOND, "unretract", rally.claim(0), "agreed").statusCode(200).body("claimStatus", equalTo("approved"));

            assertTrue(awaitMessage(Topology.CLAIM_APPROVED, "events", payloadWith("claimId", rally.claim(0)))
                    .isPresent());
        }
    }

    @Nested
    class Merge {

        @Test
        void aMergeWaitsForASecondModerator() {
            Submitted survivor = publicRally("contributor-second-5", "Toulouse");
            Submitted duplicate = publicRally("contributor-second-5", "Toulouse");

            merge(FIRST, duplicate.eventId(), survivor.eventId(), "reported twice")
                    .statusCode(202)
                    .body("act", equalTo("merge"))
                    .body("into", equalTo(survivor.eventId().toString()));

            assertEquals(0, mergesOf(duplicate));
        }

        @Test
        void aMergeIntoAnotherEventThanProposedIsAConflict() {
            ProposedMerge proposed = mergeProposed("contributor-second-6", "Bordeaux");
            Submitted other = publicRally("contributor-second-6", "Nantes");

            merge(SECOND, proposed.duplicate().eventId(), other.eventId(), "no, this one")
                    .statusCode(409);
            assertEquals(0, mergesOf(proposed.duplicate()));
        }

        @Test
        void theProposerCannotConfirmTheirOwnMerge() {
            ProposedMerge proposed = mergeProposed("contributor-second-7", "Rennes");

            merge(FIRST, proposed.duplicate().eventId(), proposed.survivor().eventId(), "reported twice")
                    .statusCode(403);
        }
    }
}
