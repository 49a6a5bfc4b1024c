package org.vigil.sources.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.vigil.input.LanguageTag;
import org.vigil.input.PublicationDate;

/**
 * A source to register (docs/product.md §5 {@code POST /api/v1/sources}): the text is what quotes
 * are checked against. The URL's limit is the one a report's inline source has (docs/partners.md).
 */
public record SourceRequest(
        @NotBlank @Size(max = 2048) String url,
        @Size(max = 500) String title,
        @Size(max = 200) String publisher,
        @Size(max = 200) String author,
        @Size(max = 40) @PublicationDate String publishedAt,
        @Size(max = 35) @LanguageTag String language,
        @NotBlank String text) {}
