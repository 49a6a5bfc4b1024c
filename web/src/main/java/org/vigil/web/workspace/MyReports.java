package org.vigil.web.workspace;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * The signed-in contributor's reports as moderation-service tells them ({@code {items, nextCursor}});
 * read tolerantly: fields the page does not show are ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MyReports(List<Report> items, String nextCursor) {

    public MyReports {
        items = items == null ? List.of() : items;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Report(
            String id, String eventId, String note, String status, String submittedAt, List<Claim> claims) {

        public Report {
            claims = claims == null ? List.of() : claims;
        }

        /** A report can be withdrawn while nothing of it is decided. */
        public boolean withdrawable() {
            return "pending".equalsIgnoreCase(status);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Claim(
            String id,
            String property,
            JsonNode value,
            String status,
            int revision,
            List<Cited> citations,
            List<Feedback> feedback) {

        public Claim {
            citations = citations == null ? List.of() : citations;
            feedback = feedback == null ? List.of() : feedback;
        }

        /** Its author revises a claim the moderators sent back for changes. */
        public boolean revisable() {
            return "changes_requested".equalsIgnoreCase(status);
        }
    }

    /** Which source a claim cites and the words it quotes. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Cited(String sourceId, String sourceUrl, String exact) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Feedback(String decision, String reason, int revision, String decidedAt) {}
}
