package org.vigil.moderation.decisions;

import java.util.UUID;

/**
 * A moderator asked to merge an event into another than the one already proposed for it: they
 * confirm nothing, since they do not agree. Maps to 409.
 */
public final class ProposalDiffers extends ClaimRefusal {

    ProposalDiffers(UUID proposedInto) {
        super("another moderator proposed merging this event into " + proposedInto
                + "; confirm that merge, or leave it unconfirmed");
    }
}
