package org.vigil.moderation.decisions;

import java.util.UUID;

/**
 * What a moderator decides on a claim's current revision, with a reason (required to reject or
 * ask for changes) and, approving a proposed event, the existing event it may duplicate.
 */
public record ModeratorDecision(Verdict verdict, String reason, UUID duplicateOf) {}
