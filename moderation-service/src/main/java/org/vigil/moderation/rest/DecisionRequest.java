package org.vigil.moderation.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * A moderator's decision on a pending claim: {@code approve}, {@code reject} or
 * {@code request_changes}, with a reason (required to reject or request changes). An approval of
 * a proposed event's existence claim may name {@code duplicateOf}, an existing event the proposal
 * turned out to be: the report's claims then attach to that event.
 */
public record DecisionRequest(
        @NotBlank @Size(max = 32) String decision,
        @Size(max = 4000) String reason,
        UUID duplicateOf) {}
