package org.vigil.moderation.duplicates;

import org.vigil.moderation.claims.EventMerge;

/** A merge just recorded, and how many claims moved to its survivor. */
public record CompletedMerge(EventMerge merge, int claimsMoved) {}
