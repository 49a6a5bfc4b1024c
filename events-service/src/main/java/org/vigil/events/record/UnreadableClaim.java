package org.vigil.events.record;

import java.util.List;
import org.vigil.contracts.problem.FieldError;

/**
 * An approved claim whose value breaks the rules moderation checks at submission (which should
 * not happen). It is left out of the record rather than taking the whole event down, and reported
 * so the service can log it and moderators can retract or correct it.
 */
public record UnreadableClaim(ApprovedClaim claim, List<FieldError> errors) {

    public UnreadableClaim {
        errors = List.copyOf(errors);
    }
}
