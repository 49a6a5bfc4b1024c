package org.vigil.moderation.decisions;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import org.vigil.contracts.vocabulary.ClaimStatus;
import org.vigil.moderation.publication.Cardinality;

/**
 * Where a claim stands in moderation and what may happen to it next: the four-eyes state machine
 * of docs/product.md §2. Immutable: every act returns the claim as it is afterwards, or throws a
 * {@link ClaimRefusal} and changes nothing.
 *
 * <pre>
 * pending ──approve, with every approval needed──▶ approved ──newer approved claim, single-valued──▶ superseded
 *  │ ↺ approve, first of two (sensitive)              │  ◀──────────the newer claim was retracted───────────┘
 *  │                                                  └──retract (moderator, reason)──▶ retracted
 *  │ ↺ revise (author): next revision, approvals cleared
 *  ├──reject (reason)──▶ rejected
 *  ├──request changes (reason)──▶ changes_requested ──revise (author)──▶ pending
 *  └──withdraw (author)──▶ withdrawn ◀──withdraw (author)── changes_requested
 * </pre>
 *
 * <p>People are compared by OIDC subject, never by name or pseudonym. {@code submitter} is the
 * author's subject; {@code approvers} are the subjects of the moderators who approved the current
 * {@code revision}, in order. Roles are the REST layer's business: here, whoever decides is taken
 * to be a moderator.
 *
 * <p>The rules, checked in this order so the answer does not depend on timing more than it must:
 * nobody decides on a claim they submitted (including a moderator who also contributes); a reason
 * is required to reject, request changes or retract, and is at most {@value #MAX_REASON_LENGTH}
 * characters; only a pending claim can be decided; a claim needs one approval, or two from
 * different moderators when it is {@linkplain Sensitivity sensitive} or one of its quotes was not
 * found in its source ({@code unverifiedQuote}: one moderator's word must not put an unchecked
 * quote on the public record), and the same moderator cannot approve twice; a rejection or change request by anyone ends the round, whatever
 * approvals it had.
 */
public record ClaimLifecycle(
        ClaimStatus status,
        String submitter,
        boolean sensitive,
        List<String> approvers,
        int revision,
        boolean unverifiedQuote) {

    /** In characters (code points): long enough for an explanation, short enough to read. */
    public static final int MAX_REASON_LENGTH = 2000;

    public ClaimLifecycle {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(submitter, "submitter");
        Objects.requireNonNull(approvers, "approvers");
        if (submitter.isBlank()) {
            throw new IllegalArgumentException("a claim has a submitter");
        }
        approvers = List.copyOf(approvers);
        if (new HashSet<>(approvers).size() != approvers.size()) {
            throw new IllegalArgumentException("a moderator approves a revision at most once");
        }
        if (revision < 1) {
            throw new IllegalArgumentException("revisions count from 1");
        }
    }

    /** A claim whose quotes were all found (or are not checked yet). */
    public ClaimLifecycle(
            ClaimStatus status, String submitter, boolean sensitive, List<String> approvers, int revision) {
        this(status, submitter, sensitive, approvers, revision, false);
    }

    /** A claim as its author submits it: pending, first revision, no approvals. */
    public static ClaimLifecycle submitted(String submitter, boolean sensitive) {
        return new ClaimLifecycle(ClaimStatus.PENDING, submitter, sensitive, List.of(), 1);
    }

    public int approvals() {
        return approvers.size();
    }

    public int approvalsRequired() {
        return sensitive || unverifiedQuote ? 2 : 1;
    }

    /** Whether the author can still withdraw or revise it: pending or changes requested. */
    public boolean isOpen() {
        return status == ClaimStatus.PENDING || status == ClaimStatus.CHANGES_REQUESTED;
    }

    public DecisionOutcome decide(String moderator, Verdict verdict, String reason) {
        Objects.requireNonNull(verdict, "verdict");
        refuseOwnClaim(moderator);
        String recorded = verdict == Verdict.APPROVE
                ? optionalReason(reason)
                : requiredReason(reason, verdict == Verdict.REJECT ? "reject" : "request changes to");
        if (status != ClaimStatus.PENDING) {
            throw new NotDecidable(status, "decided");
        }
        return switch (verdict) {
            case APPROVE -> approve(moderator, recorded);
            case REJECT -> new DecisionOutcome(with(ClaimStatus.REJECTED), DecisionEffect.REJECTED, recorded);
            case REQUEST_CHANGES ->
                new DecisionOutcome(with(ClaimStatus.CHANGES_REQUESTED), DecisionEffect.CHANGES_REQUESTED, recorded);
        };
    }

    /** A moderator withdraws an approved claim from the public record. */
    public DecisionOutcome retract(String moderator, String reason) {
        refuseOwnClaim(moderator);
        String recorded = requiredReason(reason, "retract");
        if (status != ClaimStatus.APPROVED) {
            throw new NotDecidable(status, "retracted");
        }
        return new DecisionOutcome(with(ClaimStatus.RETRACTED), DecisionEffect.RETRACTED, recorded);
    }

    /**
     * Moderators undo a retraction (a second one confirming): the claim stands in the public record
     * again, with the approvals it had.
     */
    public DecisionOutcome unretract(String moderator, String reason) {
        refuseOwnClaim(moderator);
        String recorded = requiredReason(reason, "undo the retraction of");
        if (status != ClaimStatus.RETRACTED) {
            throw new NotDecidable(status, "restored");
        }
        return new DecisionOutcome(with(ClaimStatus.APPROVED), DecisionEffect.UNRETRACTED, recorded);
    }

    /**
     * The author corrects a pending claim or answers a change request: a new revision, pending
     * again, with no approvals, since approvals were given to content that has changed. The earlier
     * revisions and their decisions stay in the history. Sensitivity never drops: it is the old
     * sensitivity or that of the revised content, whichever is higher.
     */
    public ClaimLifecycle revise(String author, boolean revisedIsSensitive) {
        refuseOthers(author);
        if (!isOpen()) {
            throw new NotDecidable(status, "revised");
        }
        boolean stillSensitive = sensitive || revisedIsSensitive;
        // the revised citations are checked again: until then none of their quotes is known not found
        return new ClaimLifecycle(ClaimStatus.PENDING, submitter, stillSensitive, List.of(), revision + 1, false);
    }

    public ClaimLifecycle withdraw(String author) {
        refuseOthers(author);
        if (!isOpen()) {
            throw new NotDecidable(status, "withdrawn");
        }
        return with(ClaimStatus.WITHDRAWN);
    }

    /** A newer approved claim replaced this one for a single-valued property ({@link Cardinality#SINGLE}). */
    public ClaimLifecycle supersede() {
        if (status != ClaimStatus.APPROVED) {
            throw new NotDecidable(status, "superseded");
        }
        return with(ClaimStatus.SUPERSEDED);
    }

    /**
     * The claim that superseded this one was retracted: the public record falls back to the newest
     * claim still standing for the property, and this claim's status follows it.
     */
    public ClaimLifecycle reinstate() {
        if (status != ClaimStatus.SUPERSEDED) {
            throw new NotDecidable(status, "reinstated");
        }
        return with(ClaimStatus.APPROVED);
    }

    /**
     * A moderator raises an open claim to four eyes. Anyone may, its author included: it only makes
     * approval harder. Marking a claim that is already sensitive changes nothing.
     */
    public ClaimLifecycle markSensitive() {
        if (!isOpen()) {
            throw new NotDecidable(status, "marked sensitive");
        }
        return new ClaimLifecycle(status, submitter, true, approvers, revision, unverifiedQuote);
    }

    private DecisionOutcome approve(String moderator, String reason) {
        if (approvers.contains(moderator)) {
            throw new RepeatedApproval();
        }
        List<String> approved = new ArrayList<>(approvers);
        approved.add(moderator);
        if (approved.size() < approvalsRequired()) {
            return new DecisionOutcome(
                    new ClaimLifecycle(status, submitter, sensitive, approved, revision, unverifiedQuote),
                    DecisionEffect.APPROVAL_RECORDED,
                    reason);
        }
        return new DecisionOutcome(
                new ClaimLifecycle(ClaimStatus.APPROVED, submitter, sensitive, approved, revision, unverifiedQuote),
                DecisionEffect.APPROVED,
                reason);
    }

    private ClaimLifecycle with(ClaimStatus next) {
        return new ClaimLifecycle(next, submitter, sensitive, approvers, revision, unverifiedQuote);
    }

    private void refuseOwnClaim(String moderator) {
        Objects.requireNonNull(moderator, "moderator");
        if (submitter.equals(moderator)) {
            throw new OwnClaimDecision();
        }
    }

    private void refuseOthers(String author) {
        Objects.requireNonNull(author, "author");
        if (!submitter.equals(author)) {
            throw new NotTheAuthor();
        }
    }

    private static String requiredReason(String reason, String act) {
        String recorded = optionalReason(reason);
        if (recorded == null) {
            throw new ReasonRequired(act);
        }
        return recorded;
    }

    private static String optionalReason(String reason) {
        if (reason == null || reason.isBlank()) {
            return null;
        }
        String recorded = reason.strip();
        if (recorded.codePointCount(0, recorded.length()) > MAX_REASON_LENGTH) {
            throw new ReasonTooLong();
        }
        return recorded;
    }

    /** Leaves out the subjects: a claim's state may be logged, its people may not. */
    @Override
    public String toString() {
        return "ClaimLifecycle[status=" + status + ", sensitive=" + sensitive + ", approvals=" + approvals() + "/"
                + approvalsRequired() + ", revision=" + revision + (unverifiedQuote ? ", unverifiedQuote" : "") + "]";
    }
}
