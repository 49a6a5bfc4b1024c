package org.vigil.moderation.rest;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.vigil.contracts.events.SourceDocument;
import org.vigil.contracts.vocabulary.ClaimProperty;
import org.vigil.input.LanguageTag;
import org.vigil.input.PublicationDate;
import org.vigil.moderation.reports.CitedQuote;
import org.vigil.moderation.reports.ClaimDraft;
import org.vigil.moderation.reports.NewReport;

/**
 * A contributor's report (docs/product.md §5): a proposed new event (an {@code existence} claim) or claims
 * about the existing event {@code eventId}. Every bound here is part of the contract.
 */
public record ReportRequest(
        @Size(max = 5000) String note,
        UUID eventId,

        @NotEmpty(message = "a report needs at least one claim") @Size(max = 50)
        List<@NotNull @Valid ClaimRequest> claims) {

    NewReport toReport() {
        return new NewReport(
                note, eventId, claims.stream().map(ClaimRequest::toDraft).toList());
    }

    @Schema(implementation = ClaimShapes.Claim.class)
    public record ClaimRequest(
            @NotNull ClaimProperty property,
            @NotNull JsonNode value,

            @NotEmpty(message = "a claim needs at least one citation") @Size(max = 10)
            List<@NotNull @Valid CitationRequest> citations) {

        ClaimDraft toDraft() {
            return new ClaimDraft(
                    property,
                    value,
                    citations.stream().map(CitationRequest::toQuote).toList());
        }
    }

    /**
     * Names a registered source by {@code sourceId} (and, optionally, the {@code sourceVersion} the
     * author quoted, to which the citation stays bound) or registers one inline with {@code source}.
     */
    public record CitationRequest(
            UUID sourceId,
            @Positive Integer sourceVersion,
            @Valid SourceRequest source,
            @NotBlank @Size(max = 2000) String exact,
            @Size(max = 500) String prefix,
            @Size(max = 500) String suffix) {

        CitedQuote toQuote() {
            return new CitedQuote(
                    sourceId, sourceVersion, source == null ? null : source.toDocument(), exact, prefix, suffix);
        }
    }

    public record SourceRequest(
            @NotBlank @Size(max = 2048) String url,
            @Size(max = 500) String title,
            @Size(max = 200) String publisher,
            @Size(max = 200) String author,
            @Size(max = 40) @PublicationDate String publishedAt,
            @Size(max = 35) @LanguageTag String language,
            @NotBlank @Size(max = 2_000_000) String text) {

        SourceDocument toDocument() {
            return new SourceDocument(url, title, publisher, author, publishedAt, language, text, null);
        }
    }
}
