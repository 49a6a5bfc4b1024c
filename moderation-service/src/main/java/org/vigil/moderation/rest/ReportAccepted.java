package org.vigil.moderation.rest;

import java.util.List;
import java.util.UUID;
import org.vigil.contracts.vocabulary.ClaimProperty;
import org.vigil.contracts.vocabulary.ClaimStatus;
import org.vigil.moderation.reports.SubmittedReport;

/** The 202 answer to a report: its id, the event's (reserved now, public once approved), each claim's id. */
public record ReportAccepted(UUID id, UUID eventId, String status, List<ClaimState> claims) {

    static ReportAccepted of(SubmittedReport submitted) {
        return new ReportAccepted(
                submitted.report().id,
                submitted.report().eventId,
                "pending",
                submitted.claims().stream()
                        .map(c -> new ClaimState(c.id, c.property, c.status))
                        .toList());
    }

    public record ClaimState(UUID id, ClaimProperty property, ClaimStatus status) {}
}
