package org.vigil.web.workspace;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** A claim as moderators see it (a queue item of moderation-service), read tolerantly. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record QueueClaim(
        String id,
        String reportId,
        String eventId,
        String property,
        JsonNode value,
        String status,
        boolean sensitive,
        int approvals,
        int approvalsRequired,
        String submitter,
        int revision,
        String submittedAt,
        List<Citation> citations,
        List<String> possibleDuplicates) {

    public QueueClaim {
        citations = citations == null ? List.of() : citations;
        possibleDuplicates = possibleDuplicates == null ? List.of() : possibleDuplicates;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Citation(
            String sourceId,
            Integer sourceVersion,
            String versionSuppliedBy,
            String sourceUrl,
            String sourceTitle,
            String exact,
            String prefix,
            String suffix,
            String quoteCheck,
            Integer start,
            Integer end,
            String publisher,
            String rating) {

        /** Where the quote check stands, by its wire name; {@code pending} until sources-service answered. */
        public String check() {
            return quoteCheck == null ? "pending" : quoteCheck.toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** A page of the queue ({@code {items, nextCursor}}). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Page(List<QueueClaim> items, String nextCursor) {

        public Page {
            items = items == null ? List.of() : items;
        }
    }
}
