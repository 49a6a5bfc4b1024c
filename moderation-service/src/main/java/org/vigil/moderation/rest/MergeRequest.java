package org.vigil.moderation.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** Merge the event of the path into {@code into}, which survives; the reason goes into the record. */
public record MergeRequest(
        @NotNull UUID into, @Size(max = 4000) String reason) {}
