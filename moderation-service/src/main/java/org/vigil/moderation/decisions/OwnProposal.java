package org.vigil.moderation.decisions;

/** The moderator who proposed an act tried to confirm it too. Maps to 403. */
public final class OwnProposal extends ClaimRefusal {

    OwnProposal() {
        super("you proposed this; a second, different moderator must confirm it");
    }
}
