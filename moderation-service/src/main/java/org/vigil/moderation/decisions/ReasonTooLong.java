package org.vigil.moderation.decisions;

/** A reason longer than {@link ClaimLifecycle#MAX_REASON_LENGTH} characters. Maps to 400, field {@code reason}. */
public final class ReasonTooLong extends ClaimRefusal {

    ReasonTooLong() {
        super("a reason is at most " + ClaimLifecycle.MAX_REASON_LENGTH + " characters");
    }
}
