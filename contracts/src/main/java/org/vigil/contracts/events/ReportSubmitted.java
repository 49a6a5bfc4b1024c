package org.vigil.contracts.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.UUID;
import org.vigil.contracts.IntegrationEvent;
import org.vigil.contracts.vocabulary.ClaimProperty;

/**
 * A contributor's report was accepted by moderation. Carries what the evidence store needs to
 * register the cited sources and check each quote; never who submitted it.
 */
public record ReportSubmitted(UUID reportId, UUID eventId, List<Claim> claims) implements IntegrationEvent {

    /**
     * An author revised one claim of the report: its new citations are announced as the report
     * again, with only that claim, so the evidence store checks their quotes.
     */
    public static ReportSubmitted revised(UUID reportId, UUID eventId, Claim claim) {
        return new ReportSubmitted(reportId, eventId, List.of(claim));
    }

    public record Claim(UUID claimId, ClaimProperty property, JsonNode value, List<Citation> citations) {}

    /**
     * {@code index} is the citation's position in its claim; exactly one of sourceId and source is
     * set. {@code sourceVersion}, with a sourceId, is the version the author quoted: the citation is
     * bound to it, whatever newer versions arrive; without it, to the newest version when checked.
     */
    public record Citation(
            int index,
            UUID sourceId,
            Integer sourceVersion,
            SourceDocument source,
            String exact,
            String prefix,
            String suffix) {

        /** A quote in a source registered earlier, in {@code sourceVersion} (null for the newest). */
        public static Citation inRegistered(
                int index, UUID sourceId, Integer sourceVersion, String exact, String prefix, String suffix) {
            return new Citation(index, sourceId, sourceVersion, null, exact, prefix, suffix);
        }

        /** A quote in the newest version of a source registered earlier. */
        public static Citation inRegistered(int index, UUID sourceId, String exact, String prefix, String suffix) {
            return inRegistered(index, sourceId, null, exact, prefix, suffix);
        }

        /** A quote in a source the report registers itself. */
        public static Citation inDocument(
                int index, SourceDocument source, String exact, String prefix, String suffix) {
            return new Citation(index, null, null, source, exact, prefix, suffix);
        }
    }

    @Override
    public String aggregateType() {
        return "report";
    }

    @Override
    public String aggregateId() {
        return reportId.toString();
    }
}
