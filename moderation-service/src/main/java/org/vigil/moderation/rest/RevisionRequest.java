package org.vigil.moderation.rest;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.vigil.moderation.reports.CitedQuote;
import org.vigil.moderation.rest.ReportRequest.CitationRequest;

/**
 * The author's next revision of a claim (the answer to a change request, or a correction while it
 * is pending): the whole value and citations again, with the same rules as in a report. The
 * property stays what it was.
 */
public record RevisionRequest(
        @NotNull @Schema(implementation = ClaimShapes.Value.class)
        JsonNode value,

        @NotEmpty(message = "a claim needs at least one citation") @Size(max = 10)
        List<@NotNull @Valid CitationRequest> citations) {

    List<CitedQuote> quotes() {
        return citations.stream().map(CitationRequest::toQuote).toList();
    }
}
