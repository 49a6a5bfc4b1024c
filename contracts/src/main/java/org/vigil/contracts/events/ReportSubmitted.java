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
public record ReportSubmitted(UUID reportId, UUID eventId, List<Claim> claims)
        implements IntegrationEvent {

    public record Claim(UUID claimId, ClaimProperty property, JsonNode value, List<Citation> citations) {}

    /** {@code index} is the citation's position in its claim; exactly one of sourceId and source is set. */
    public record Citation(
            int index, UUID sourceId, SourceDocument source, String exact, String prefix, String suffix) {}

    @Override
    public String aggregateType() {
        return "report";
    }

    @Override
    public String aggregateId() {
        return reportId.toString();
    }
}
