package org.vigil.moderation.claims;

import java.util.UUID;
import org.vigil.contracts.events.QuoteChecked;
import org.vigil.contracts.vocabulary.QuoteCheck;
import org.vigil.contracts.vocabulary.Rating;

/**
 * A claim's citation: the quote it relies on and, once the evidence store has answered, where
 * the quote stands in the preserved source and how its publisher is rated.
 *
 * <p>Stored flat, one JSON object per citation ({@link CitationsColumn}); the accessors below read
 * it the same flat way.
 */
public record Citation(int position, Source source, Quote quote, Check check, Publisher publishedBy) {

    /**
     * The cited source: named by the author (id or URL) until the evidence store registered it;
     * then the version the citation is bound to and who supplied that version (a contributor
     * pseudonym).
     */
    public record Source(UUID id, String url, String title, Integer version, String versionSuppliedBy) {

        public Source(UUID id, String url, String title, Integer version) {
            this(id, url, title, version, null);
        }
    }

    /** The author's words: the exact quote, with text before and after it to tell repeats apart. */
    public record Quote(String exact, String prefix, String suffix) {}

    /** Whether the quote was found in the source, and where. */
    public record Check(QuoteCheck result, Integer start, Integer end) {

        static final Check PENDING = new Check(QuoteCheck.PENDING, null, null);
    }

    /** Who published the source, and how reliable they are rated. */
    public record Publisher(UUID id, String name, Rating rating) {

        static final Publisher UNKNOWN = new Publisher(null, null, null);
    }

    public static Citation pending(
            int position, UUID sourceId, String sourceUrl, String exact, String prefix, String suffix) {
        return new Citation(
                position,
                new Source(sourceId, sourceUrl, null, null),
                new Quote(exact, prefix, suffix),
                Check.PENDING,
                Publisher.UNKNOWN);
    }

    public Citation checked(QuoteChecked check) {
        QuoteChecked.CheckedSource checked = check.source();
        return new Citation(
                position,
                new Source(checked.id(), checked.url(), checked.title(), checked.version(), checked.suppliedBy()),
                quote,
                new Check(check.result(), check.start(), check.end()),
                new Publisher(checked.publisherId(), checked.publisher(), checked.rating()));
    }

    public Citation rated(UUID ratedPublisher, Rating newRating) {
        if (!ratedPublisher.equals(publisherId())) {
            return this;
        }
        return new Citation(
                position, source, quote, check, new Publisher(publishedBy.id(), publishedBy.name(), newRating));
    }

    public UUID sourceId() {
        return source.id();
    }

    public String sourceUrl() {
        return source.url();
    }

    public String sourceTitle() {
        return source.title();
    }

    public Integer sourceVersion() {
        return source.version();
    }

    public String versionSuppliedBy() {
        return source.versionSuppliedBy();
    }

    public String exact() {
        return quote.exact();
    }

    public String prefix() {
        return quote.prefix();
    }

    public String suffix() {
        return quote.suffix();
    }

    public QuoteCheck quoteCheck() {
        return check.result();
    }

    public Integer start() {
        return check.start();
    }

    public Integer end() {
        return check.end();
    }

    public UUID publisherId() {
        return publishedBy.id();
    }

    public String publisher() {
        return publishedBy.name();
    }

    public Rating rating() {
        return publishedBy.rating();
    }
}
