package org.vigil.moderation.decisions;

/** A moderator approved a claim whose quotes the evidence store has not all checked yet. Maps to 409. */
public final class QuoteCheckPending extends ClaimRefusal {

    QuoteCheckPending() {
        super("the evidence store has not checked every quote of this claim yet; try again shortly");
    }
}
