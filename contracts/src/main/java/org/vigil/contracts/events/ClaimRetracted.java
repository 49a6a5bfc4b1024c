package org.vigil.contracts.events;

import java.time.Instant;
import java.util.UUID;

/** A moderator withdrew an approved claim from the public record, with a reason. */
public record ClaimRetracted(UUID claimId, UUID eventId, UUID decisionId, String reason, Instant retractedAt)
        implements EventFact {}
