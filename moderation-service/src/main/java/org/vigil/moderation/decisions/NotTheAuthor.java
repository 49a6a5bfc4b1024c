package org.vigil.moderation.decisions;

/**
 * Someone other than its author tried to withdraw or revise a claim. Maps to 403, or to 404 where
 * even the claim's existence is not theirs to know.
 */
public final class NotTheAuthor extends ClaimRefusal {

    NotTheAuthor() {
        super("only the author of a claim can withdraw or revise it");
    }
}
