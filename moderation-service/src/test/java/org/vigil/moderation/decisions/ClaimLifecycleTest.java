package org.vigil.moderation.decisions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vigil.moderation.decisions.Verdict.APPROVE;
import static org.vigil.moderation.decisions.Verdict.REJECT;
import static org.vigil.moderation.decisions.Verdict.REQUEST_CHANGES;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vigil.contracts.vocabulary.ClaimStatus;

class ClaimLifecycleTest {

    /** OIDC subjects: people are compared by these, never by name. */
    static final String AUTHOR = "9d2b7e0c-5a14-4c3e-8f61-2b0a7d9e4c11";

    static final String MODERATOR_A = "a1111111-0000-4000-8000-000000000001";
    static final String MODERATOR_B = "b2222222-0000-4000-8000-000000000002";

    static final ClaimLifecycle ORDINARY = ClaimLifecycle.submitted(AUTHOR, false);
    static final ClaimLifecycle SENSITIVE = ClaimLifecycle.submitted(AUTHOR, true);

    static ClaimLifecycle in(ClaimStatus status) {
        return new ClaimLifecycle(status, AUTHOR, false, List.of(), 1);
    }

    @Test
    void aSubmittedClaimIsPendingWithNoApprovals() {
        assertEquals(ClaimStatus.PENDING, ORDINARY.status());
        assertEquals(0, ORDINARY.approvals());
        assertEquals(1, ORDINARY.revision());
    }

    @Test
    void itsStateCanBeLoggedWithoutNamingAnyone() {
        ClaimLifecycle approvedOnce =
                SENSITIVE.decide(MODERATOR_A, APPROVE, null).claim();

        assertEquals(
                "ClaimLifecycle[status=pending, sensitive=true, approvals=1/2, revision=1]", approvedOnce.toString());
    }

    @Nested
    class Decisions {

        @Test
        void oneApprovalPutsAnOrdinaryClaimIntoEffect() {
            DecisionOutcome outcome = ORDINARY.decide(MODERATOR_A, APPROVE, null);

            assertEquals(ClaimStatus.APPROVED, outcome.claim().status());
            assertEquals(DecisionEffect.APPROVED, outcome.effect());
            assertTrue(outcome.tookEffect());
        }

        @Test
        void aRejectionEndsTheClaim() {
            DecisionOutcome outcome = ORDINARY.decide(MODERATOR_A, REJECT, "the quote is not in the source");

            assertEquals(ClaimStatus.REJECTED, outcome.claim().status());
            assertFalse(outcome.tookEffect());
        }

        @Test
        void aChangeRequestHandsTheClaimBackToItsAuthor() {
            DecisionOutcome outcome = ORDINARY.decide(MODERATOR_A, REQUEST_CHANGES, "cite the police estimate too");

            assertEquals(ClaimStatus.CHANGES_REQUESTED, outcome.claim().status());
            assertEquals(DecisionEffect.CHANGES_REQUESTED, outcome.effect());
        }

        @Test
        void theReasonIsRecordedTrimmed() {
            assertEquals(
                    "duplicate",
                    ORDINARY.decide(MODERATOR_A, REJECT, "  duplicate \n").reason());
            assertNull(ORDINARY.decide(MODERATOR_A, APPROVE, " ").reason());
        }

        @ParameterizedTest
        @EnumSource(value = ClaimStatus.class, names = "PENDING", mode = EnumSource.Mode.EXCLUDE)
        void onlyAPendingClaimCanBeDecided(ClaimStatus status) {
            NotDecidable refusal =
                    assertThrows(NotDecidable.class, () -> in(status).decide(MODERATOR_A, APPROVE, null));

            assertEquals(status, refusal.status());
        }
    }

    @Nested
    class FourEyes {

        @Test
        void aFirstApprovalOfASensitiveClaimLeavesItPending() {
            DecisionOutcome outcome = SENSITIVE.decide(MODERATOR_A, APPROVE, null);

            assertEquals(ClaimStatus.PENDING, outcome.claim().status());
            assertEquals(1, outcome.claim().approvals());
            assertEquals(DecisionEffect.APPROVAL_RECORDED, outcome.effect());
            assertFalse(outcome.tookEffect());
        }

        @Test
        void aSecondApprovalByAnotherModeratorPutsItIntoEffect() {
            DecisionOutcome outcome =
                    SENSITIVE.decide(MODERATOR_A, APPROVE, null).claim().decide(MODERATOR_B, APPROVE, null);

            assertEquals(ClaimStatus.APPROVED, outcome.claim().status());
            assertEquals(List.of(MODERATOR_A, MODERATOR_B), outcome.claim().approvers());
            assertTrue(outcome.tookEffect());
        }

        @Test
        void theSameModeratorCannotApproveTwice() {
            ClaimLifecycle approvedOnce =
                    SENSITIVE.decide(MODERATOR_A, APPROVE, null).claim();

            assertThrows(RepeatedApproval.class, () -> approvedOnce.decide(MODERATOR_A, APPROVE, null));
        }

        @Test
        void aRejectionAfterOneApprovalEndsIt() {
            ClaimLifecycle approvedOnce =
                    SENSITIVE.decide(MODERATOR_A, APPROVE, null).claim();

            assertEquals(
                    ClaimStatus.REJECTED,
                    approvedOnce
                            .decide(MODERATOR_B, REJECT, "names a private person")
                            .claim()
                            .status());
        }

        @Test
        void aModeratorWhoApprovedCanStillReject() {
            ClaimLifecycle approvedOnce =
                    SENSITIVE.decide(MODERATOR_A, APPROVE, null).claim();

            assertEquals(
                    ClaimStatus.REJECTED,
                    approvedOnce
                            .decide(MODERATOR_A, REJECT, "on second reading, no")
                            .claim()
                            .status());
        }

        @Test
        void markingAnOpenClaimSensitiveRaisesItToFourEyes() {
            ClaimLifecycle marked = ORDINARY.markSensitive();

            assertEquals(2, marked.approvalsRequired());
            assertFalse(marked.decide(MODERATOR_A, APPROVE, null).tookEffect());
        }

        @Test
        void aDecidedClaimCannotBeMarkedSensitive() {
            assertThrows(NotDecidable.class, () -> in(ClaimStatus.APPROVED).markSensitive());
        }
    }

    @Nested
    class WhoMayDecide {

        @ParameterizedTest
        @EnumSource(Verdict.class)
        void nobodyDecidesOnAClaimTheySubmitted(Verdict verdict) {
            assertThrows(OwnClaimDecision.class, () -> ORDINARY.decide(AUTHOR, verdict, "a reason"));
        }

        @Test
        void nobodyRetractsAClaimTheySubmitted() {
            assertThrows(OwnClaimDecision.class, () -> in(ClaimStatus.APPROVED).retract(AUTHOR, "a reason"));
        }

        @Test
        void aRefusalNamesNobody() {
            OwnClaimDecision refusal =
                    assertThrows(OwnClaimDecision.class, () -> ORDINARY.decide(AUTHOR, APPROVE, null));

            assertFalse(refusal.getMessage().contains(AUTHOR));
        }
    }

    @Nested
    class Reasons {

        @ParameterizedTest
        @EnumSource(
                value = Verdict.class,
                names = {"REJECT", "REQUEST_CHANGES"})
        void aRejectionOrAChangeRequestNeedsAReason(Verdict verdict) {
            assertThrows(ReasonRequired.class, () -> ORDINARY.decide(MODERATOR_A, verdict, null));
            assertThrows(ReasonRequired.class, () -> ORDINARY.decide(MODERATOR_A, verdict, " \t\n"));
        }

        @Test
        void aRetractionNeedsAReason() {
            assertThrows(ReasonRequired.class, () -> in(ClaimStatus.APPROVED).retract(MODERATOR_A, ""));
        }

        @Test
        void aReasonOfAtMost2000CharactersIsAccepted() {
            String persian = "د".repeat(ClaimLifecycle.MAX_REASON_LENGTH);
            String outsideTheBasicPlane = "🙂".repeat(ClaimLifecycle.MAX_REASON_LENGTH);

            assertEquals(persian, ORDINARY.decide(MODERATOR_A, REJECT, persian).reason());
            assertEquals(
                    outsideTheBasicPlane,
                    ORDINARY.decide(MODERATOR_A, REJECT, outsideTheBasicPlane).reason());
        }

        @Test
        void aLongerReasonIsRefused() {
            String tooLong = "x".repeat(ClaimLifecycle.MAX_REASON_LENGTH + 1);

            assertThrows(ReasonTooLong.class, () -> ORDINARY.decide(MODERATOR_A, REJECT, tooLong));
            assertThrows(ReasonTooLong.class, () -> ORDINARY.decide(MODERATOR_A, APPROVE, tooLong));
        }
    }

    @Nested
    class Revision {

        @Test
        void aRevisedClaimIsPendingAgainAsTheNextRevision() {
            ClaimLifecycle changesRequested = ORDINARY.decide(MODERATOR_A, REQUEST_CHANGES, "cite the article")
                    .claim();

            ClaimLifecycle revised = changesRequested.revise(AUTHOR, false);

            assertEquals(ClaimStatus.PENDING, revised.status());
            assertEquals(2, revised.revision());
        }

        @Test
        void theAuthorCanCorrectAPendingClaim() {
            assertEquals(2, ORDINARY.revise(AUTHOR, false).revision());
        }

        @Test
        void revisingClearsApprovalsGivenToTheEarlierContent() {
            ClaimLifecycle approvedOnce =
                    SENSITIVE.decide(MODERATOR_A, APPROVE, null).claim();

            ClaimLifecycle revised = approvedOnce.revise(AUTHOR, true);

            assertEquals(0, revised.approvals());
            assertFalse(revised.decide(MODERATOR_B, APPROVE, null).tookEffect());
        }

        @Test
        void aRevisionNeverLowersSensitivity() {
            assertTrue(SENSITIVE.revise(AUTHOR, false).sensitive());
        }

        @Test
        void aRevisionCanRaiseSensitivity() {
            assertTrue(ORDINARY.revise(AUTHOR, true).sensitive());
        }

        @Test
        void onlyTheAuthorRevises() {
            assertThrows(NotTheAuthor.class, () -> ORDINARY.revise(MODERATOR_A, false));
        }

        @Test
        void aDecidedClaimCannotBeRevised() {
            assertThrows(NotDecidable.class, () -> in(ClaimStatus.REJECTED).revise(AUTHOR, false));
        }
    }

    @Nested
    class Withdrawal {

        @ParameterizedTest
        @EnumSource(
                value = ClaimStatus.class,
                names = {"PENDING", "CHANGES_REQUESTED"})
        void theAuthorWithdrawsAnOpenClaim(ClaimStatus status) {
            assertEquals(ClaimStatus.WITHDRAWN, in(status).withdraw(AUTHOR).status());
        }

        @Test
        void onlyTheAuthorWithdraws() {
            assertThrows(NotTheAuthor.class, () -> ORDINARY.withdraw(MODERATOR_A));
        }

        @ParameterizedTest
        @EnumSource(
                value = ClaimStatus.class,
                names = {"PENDING", "CHANGES_REQUESTED"},
                mode = EnumSource.Mode.EXCLUDE)
        void aDecidedClaimCannotBeWithdrawn(ClaimStatus status) {
            assertThrows(NotDecidable.class, () -> in(status).withdraw(AUTHOR));
        }
    }

    @Nested
    class AfterApproval {

        @Test
        void aNewerApprovedClaimSupersedesAnApprovedOne() {
            assertEquals(
                    ClaimStatus.SUPERSEDED, in(ClaimStatus.APPROVED).supersede().status());
        }

        @Test
        void onlyAnApprovedClaimCanBeSuperseded() {
            assertThrows(NotDecidable.class, () -> ORDINARY.supersede());
        }

        @Test
        void aModeratorRetractsAnApprovedClaimWithAReason() {
            DecisionOutcome outcome = in(ClaimStatus.APPROVED).retract(MODERATOR_A, "vandalism: the source says 2,500");

            assertEquals(ClaimStatus.RETRACTED, outcome.claim().status());
            assertEquals(DecisionEffect.RETRACTED, outcome.effect());
            assertEquals("vandalism: the source says 2,500", outcome.reason());
        }

        @Test
        void onlyAnApprovedClaimCanBeRetracted() {
            assertThrows(NotDecidable.class, () -> in(ClaimStatus.SUPERSEDED).retract(MODERATOR_A, "a reason"));
        }
    }

    @Test
    void aRestoredClaimCannotListTheSameApproverTwice() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new ClaimLifecycle(ClaimStatus.PENDING, AUTHOR, true, List.of(MODERATOR_A, MODERATOR_A), 1));
    }
}
