package org.vigil.moderation.rest;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.vigil.contracts.vocabulary.ClaimProperty;
import org.vigil.contracts.vocabulary.ClaimStatus;
import org.vigil.contracts.vocabulary.QuoteCheck;
import org.vigil.contracts.vocabulary.Rating;

/**
 * A claim as moderators see it (SPEC §5 queue item): the submitter only by pseudonym, the
 * moderators who approved its current revision by theirs, each citation with its quote check and
 * its publisher's current rating, and the public events a proposed event may duplicate.
 */
public record QueueItem(
        UUID id,
        UUID reportId,
        UUID eventId,
        ClaimProperty property,
        JsonNode value,
        ClaimStatus status,
        boolean sensitive,
        List<String> sensitivity,
        int approvals,
        int approvalsRequired,
        List<String> approvedBy,
        String submitter,
        int revision,
        Instant submittedAt,
        List<CitationView> citations,
        List<UUID> possibleDuplicates,
        UUID duplicateOf) {

    public record CitationView(
            UUID sourceId,
            String sourceUrl,
            String sourceTitle,
            String exact,
            String prefix,
            String suffix,
            QuoteCheck quoteCheck,
            Integer start,
            Integer end,
            UUID publisherId,
            String publisher,
            Rating rating) {}
}
