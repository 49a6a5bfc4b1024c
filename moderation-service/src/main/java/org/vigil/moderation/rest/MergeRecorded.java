package org.vigil.moderation.rest;

import java.time.Instant;
import java.util.UUID;
import org.vigil.moderation.claims.EventMerge;
import org.vigil.moderation.duplicates.CompletedMerge;

/** The answer to a merge: its decision id, the merged event, its survivor, and how many claims moved. */
public record MergeRecorded(UUID id, UUID merged, UUID survivor, String reason, Instant mergedAt, int claimsMoved) {

    static MergeRecorded of(CompletedMerge completed) {
        EventMerge merge = completed.merge();
        return new MergeRecorded(
                merge.id,
                merge.mergedEventId,
                merge.survivorEventId,
                merge.reason,
                merge.mergedAt,
                completed.claimsMoved());
    }
}
