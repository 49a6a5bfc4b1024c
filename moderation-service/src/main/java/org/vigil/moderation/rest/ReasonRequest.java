package org.vigil.moderation.rest;

import jakarta.validation.constraints.Size;

/** A moderator's reason for an act on a claim. */
public record ReasonRequest(@Size(max = 4000) String reason) {}
