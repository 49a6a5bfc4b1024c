package org.vigil.moderation.decisions;

import java.util.Objects;

/**
 * The claim after a moderator's act, what the act did, and the reason as it is to be recorded
 * (trimmed; null when an approval gave none).
 */
public record DecisionOutcome(ClaimLifecycle claim, DecisionEffect effect, String reason) {

    public DecisionOutcome {
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(effect, "effect");
    }

    /** Whether the claim now belongs in the public record: the service publishes {@code ClaimApproved}. */
    public boolean tookEffect() {
        return effect == DecisionEffect.APPROVED;
    }
}
