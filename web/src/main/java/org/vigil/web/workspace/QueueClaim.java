package org.vigil.web.workspace;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.vigil.web.api.CitedSource;

/**
 * A claim as moderators see it (a queue item of moderation-service), read tolerantly. Its
 * {@link Standing} and {@link Submitted} stand in the item itself on the wire.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record QueueClaim(
        String id,
        String eventId,
        String property,
        JsonNode value,
        @JsonUnwrapped Standing standing,
        @JsonUnwrapped Submitted submitted,
        List<Citation> citations,
        List<String> possibleDuplicates) {

    public QueueClaim {
        citations = citations == null ? List.of() : citations;
        possibleDuplicates = possibleDuplicates == null ? List.of() : possibleDuplicates;
    }

    /** Where the claim stands: its status, and how many of the approvals it needs it has (two when sensitive). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Standing(String status, boolean sensitive, int approvals, int approvalsRequired) {}

    /**
     * Who submitted the claim (a pseudonym), in which report, and when its current revision was.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Submitted(String reportId, String submitter, int revision, String submittedAt) {}

    /**
     * A citation as moderators weigh it: its source, the version of it the citation is bound to and who
     * supplied that version's text, the quote and where its check stands.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Citation(
            @JsonUnwrapped CitedSource source,
            Integer sourceVersion,
            String versionSuppliedBy,
            @JsonUnwrapped Quote quote,
            String quoteCheck) {

        /** Where the quote check stands, by its wire name; {@code pending} until sources-service answered. */
        public String check() {
            return quoteCheck == null ? "pending" : quoteCheck.toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * The sentence cited, {@code exact}, with the words before and after it, and where it stands in the
     * source's preserved text ({@code start} and {@code end} character offsets, {@code null} when it was
     * not found there).
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Quote(String exact, String prefix, String suffix, Integer start, Integer end) {}

    /** A page of the queue ({@code {items, nextCursor}}). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Page(List<QueueClaim> items, String nextCursor) {

        public Page {
            items = items == null ? List.of() : items;
        }
    }
}
