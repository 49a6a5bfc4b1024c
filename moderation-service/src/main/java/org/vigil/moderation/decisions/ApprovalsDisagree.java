package org.vigil.moderation.decisions;

import java.util.UUID;

/**
 * The second approval of a revision disagrees with the first on whether, and of which event, the
 * proposal is a duplicate. Maps to 409.
 */
public final class ApprovalsDisagree extends ClaimRefusal {

    ApprovalsDisagree(UUID firstTookAsDuplicateOf) {
        super(
                firstTookAsDuplicateOf == null
                        ? "the first approval took this as a new event; approve it the same way, or reject it"
                        : "the first approval took this as a duplicate of event " + firstTookAsDuplicateOf
                                + "; approve it the same way, or reject it");
    }
}
