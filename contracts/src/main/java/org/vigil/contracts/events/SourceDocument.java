package org.vigil.contracts.events;

/**
 * A source as a contributor registers it inline in a citation: the text is what the platform
 * preserves and checks quotes against.
 */
public record SourceDocument(
        String url,
        String title,
        String publisher,
        String author,
        String publishedAt,
        String language,
        String text) {}
