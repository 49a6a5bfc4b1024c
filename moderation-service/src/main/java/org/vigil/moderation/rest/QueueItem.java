package org.vigil.moderation.rest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.UUID;
import org.vigil.contracts.vocabulary.ClaimProperty;
import org.vigil.contracts.vocabulary.ClaimStatus;
import org.vigil.contracts.vocabulary.QuoteCheck;
import org.vigil.contracts.vocabulary.Rating;

/** A claim as moderators see it (SPEC §5 queue item): the submitter only by pseudonym. */
public record QueueItem(
        UUID id,
        UUID reportId,
        UUID eventId,
        ClaimProperty property,
        JsonNode value,
        ClaimStatus status,
        boolean sensitive,
        int approvals,
        String submitter,
        List<CitationView> citations,
        List<UUID> possibleDuplicates) {

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
            String publisher,
            Rating rating) {}
}
