package org.vigil.moderation.rest;

import java.time.Instant;
import java.util.UUID;

/** The answer to a merge: its decision id, the merged event, its survivor, and how many claims moved. */
public record MergeRecorded(UUID id, UUID merged, UUID survivor, String reason, Instant mergedAt, int claimsMoved) {}
