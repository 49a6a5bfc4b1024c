package org.vigil.contracts.events;

/**
 * A source as a contributor registers it inline in a citation: the text is what the platform
 * preserves and checks quotes against. {@code suppliedBy} is the contributor pseudonym of whoever
 * supplied the text (never an account name): a text under a known URL becomes a new version
 * attributed to them, so nobody's text silently replaces another's. A document read from a
 * request names no supplier yet ({@code null}); see {@link #suppliedBy(String)}.
 */
public record SourceDocument(
        String url,
        String title,
        String publisher,
        String author,
        String publishedAt,
        String language,
        String text,
        String suppliedBy) {

    /** This document, supplied by the contributor known as {@code pseudonym}. */
    public SourceDocument suppliedBy(String pseudonym) {
        return new SourceDocument(url, title, publisher, author, publishedAt, language, text, pseudonym);
    }
}
