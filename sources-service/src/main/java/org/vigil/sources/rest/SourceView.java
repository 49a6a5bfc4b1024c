package org.vigil.sources.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.quarkus.security.identity.SecurityIdentity;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.vigil.contracts.vocabulary.QuoteCheck;
import org.vigil.contracts.vocabulary.Rating;
import org.vigil.sources.domain.CitationCheck;
import org.vigil.sources.domain.Publisher;
import org.vigil.sources.domain.Source;
import org.vigil.sources.domain.SourceVersion;
import org.vigil.sources.service.SourceReading.SourceFound;
import org.vigil.sources.service.SourceReading.SourceRead;
import org.vigil.sources.service.SourceRegistration.Registered;

/**
 * A source as callers see it. The public gets metadata, its {@code status} and the quotes of
 * approved claims; a contributor also gets the preserved text of one version, so they can select
 * the quote they cite; moderators also get who supplied each version and every quote with the
 * claim that cited it, its check, the version it quoted ({@code sourceVersion}) and its offsets
 * in that version. The unwrapped parts are written as fields of the source itself.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SourceView(
        @JsonUnwrapped Metadata metadata,
        @JsonUnwrapped Standing standing,
        PublisherView publisher,
        @JsonUnwrapped VersionShown shown,
        List<VersionView> versions,
        List<QuoteView> quotes,
        String text,
        Boolean created) {

    /** A source just registered, or found already registered ({@code created} false). */
    public static SourceView registered(Registered registered) {
        return new SourceView(
                Metadata.of(registered.source()),
                Standing.of(registered.source()),
                PublisherView.of(registered.publisher()),
                VersionShown.of(registered.version()),
                null,
                null,
                null,
                registered.created());
    }

    /**
     * Who reads a source, and so what of it they see. A partner's service account reads like the
     * public: it registers texts, it does not select quotes in them.
     */
    public enum Reader {
        /** Metadata, the shown version's hash and the quotes of approved claims. */
        PUBLIC,
        /** Also the preserved text of the version shown, to select a quote in it. */
        CONTRIBUTOR,
        /** Also who supplied each version, and every quote checked with the claim that cited it. */
        MODERATOR;

        public static Reader of(SecurityIdentity identity) {
            if (identity.hasRole("moderator")) {
                return MODERATOR;
            }
            return identity.hasRole("contributor") ? CONTRIBUTOR : PUBLIC;
        }

        public boolean seesText() {
            return this != PUBLIC;
        }

        /** Suppliers are contributor pseudonyms, and unapproved claims' quotes are not public. */
        public boolean seesWhoSuppliedAndCited() {
            return this == MODERATOR;
        }
    }

    /** A source as read by {@code reader}. */
    public static SourceView read(SourceRead read, Reader reader) {
        boolean moderator = reader.seesWhoSuppliedAndCited();
        return new SourceView(
                Metadata.of(read.source()),
                Standing.of(read.source()),
                PublisherView.of(read.publisher()),
                VersionShown.of(read.shown()),
                read.versions().stream().map(v -> VersionView.of(v, moderator)).toList(),
                read.quotes().stream()
                        .map(moderator ? QuoteView::forModerator : QuoteView::forPublic)
                        .toList(),
                reader.seesText() ? read.shown().text : null,
                null);
    }

    /**
     * A registered source as a search lists it: what it is, where it stands and its publisher, so a
     * contributor can recognise the one to cite. It names no version's supplier.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Listed(
            @JsonUnwrapped Metadata metadata, @JsonUnwrapped Standing standing, PublisherView publisher) {

        public static Listed of(SourceFound found) {
            return new Listed(
                    Metadata.of(found.source()),
                    Standing.of(found.source()),
                    found.publisher() == null ? null : PublisherView.of(found.publisher()));
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Metadata(UUID id, String url, String title, String author, String publishedAt, String language) {

        static Metadata of(Source s) {
            return new Metadata(s.id, s.url, s.title, s.author, s.publishedAt, s.language);
        }
    }

    /**
     * @param status {@code available}, or {@code deleted_upstream} once a moderator saw the page gone or rewritten
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Standing(Instant registeredAt, String status, Instant deletedUpstreamAt) {

        static Standing of(Source s) {
            return new Standing(
                    s.registeredAt,
                    s.deletedUpstreamAt == null ? "available" : "deleted_upstream",
                    s.deletedUpstreamAt);
        }
    }

    /** The version whose text and hash are shown. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record VersionShown(int version, String sha256, Instant retrievedAt) {

        static VersionShown of(SourceVersion v) {
            return new VersionShown(v.number(), v.sha256, v.retrievedAt);
        }
    }

    public record PublisherView(UUID id, String name, String domain, Rating rating) {

        public static PublisherView of(Publisher p) {
            return new PublisherView(p.id, p.name, p.domain, p.rating);
        }
    }

    /** A version's fingerprint; moderators also see who supplied it (a contributor pseudonym). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record VersionView(int number, String sha256, Instant retrievedAt, String suppliedBy) {

        static VersionView of(SourceVersion v, boolean moderator) {
            return new VersionView(v.number(), v.sha256, v.retrievedAt, moderator ? v.suppliedBy : null);
        }
    }

    /** A quote checked against the source; the public sees where it stands, not who cited it or how it fared. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record QuoteView(
            @JsonUnwrapped Citing citing,
            Integer sourceVersion,
            @JsonUnwrapped Selector selector,
            QuoteCheck quoteCheck,
            Integer start,
            Integer end,
            Boolean approved) {

        static QuoteView forModerator(CitationCheck q) {
            return new QuoteView(
                    new Citing(q.key.claimId(), q.key.citationIndex()),
                    q.sourceVersion,
                    new Selector(q.exact, q.prefix, q.suffix),
                    q.result,
                    q.start,
                    q.end,
                    q.approved);
        }

        static QuoteView forPublic(CitationCheck q) {
            return new QuoteView(null, q.sourceVersion, new Selector(q.exact, null, null), null, q.start, q.end, null);
        }
    }

    /** Which citation of which claim quoted the source. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Citing(UUID claimId, Integer citationIndex) {}

    /** The quote as the citation gives it (a W3C TextQuoteSelector). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Selector(String exact, String prefix, String suffix) {}
}
