package org.vigil.sources.service;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.vigil.contracts.events.SourceDocument;
import org.vigil.contracts.vocabulary.Rating;
import org.vigil.sources.domain.Publisher;
import org.vigil.sources.domain.Source;
import org.vigil.sources.domain.SourceVersion;
import org.vigil.sources.quotes.TextFingerprint;
import org.vigil.sources.url.InvalidSourceUrlException;
import org.vigil.sources.url.PublisherDomain;
import org.vigil.sources.url.SourceUrl;

/**
 * Registers a document once. The same normalised URL or the same text is one source; a
 * different text for a known URL becomes its next version, attributed to whoever supplied it
 * ({@link SourceDocument#suppliedBy()}), and every earlier text stays: nobody's text replaces
 * another's, and each citation keeps the version it was checked against.
 * Joins the caller's transaction when there is one, so a report's sources commit with its quote checks.
 */
@ApplicationScoped
public class SourceRegistration {

    /** The outcome: which source and version now hold the text, and whether anything new was stored. */
    public record Registered(Source source, SourceVersion version, Publisher publisher, boolean created) {}

    @Inject
    Clock clock;

    /** Fails with {@link InvalidSourceUrlException} for anything but an http(s) URL. */
    @WithTransaction
    public Uni<Registered> register(SourceDocument document) {
        SourceUrl url = SourceUrl.parse(document.url());
        String sha256 = TextFingerprint.sha256(document.text());
        return SourceVersion.<SourceVersion>find("sha256", sha256)
                .firstResult()
                .chain(sameText -> sameText != null
                        ? existing(sameText)
                        : Source.<Source>find("url", url.value())
                                .firstResult()
                                .chain(sameUrl -> sameUrl != null
                                        ? nextVersion(sameUrl, document, sha256)
                                        : newSource(url, document, sha256)));
    }

    private Uni<Registered> existing(SourceVersion version) {
        return Source.<Source>findById(version.sourceId())
                .chain(source -> Publisher.<Publisher>findById(source.publisherId)
                        .map(publisher -> new Registered(source, version, publisher, false)));
    }

    private Uni<Registered> nextVersion(Source source, SourceDocument document, String sha256) {
        return SourceVersion.count("key.sourceId", source.id)
                .chain(count ->
                        preserve(source.id, (int) (count + 1), document, sha256).persist())
                .chain(version -> Publisher.<Publisher>findById(source.publisherId)
                        .map(publisher -> new Registered(source, (SourceVersion) version, publisher, true)));
    }

    private Uni<Registered> newSource(SourceUrl url, SourceDocument document, String sha256) {
        return publisherFor(url, document.publisher()).chain(publisher -> {
            Source source = new Source();
            source.id = UUID.randomUUID();
            source.url = url.value();
            source.publisherId = publisher.id;
            source.title = document.title();
            source.author = document.author();
            source.publishedAt = document.publishedAt();
            source.language = document.language();
            source.registeredAt = now();
            SourceVersion version = preserve(source.id, 1, document, sha256);
            return source.persist()
                    .chain(() -> version.persist())
                    .replaceWith(new Registered(source, version, publisher, true));
        });
    }

    private Uni<Publisher> publisherFor(SourceUrl url, String suggestedName) {
        String domain = PublisherDomain.of(url).domain();
        return Publisher.<Publisher>find("domain", domain).firstResult().chain(known -> {
            if (known != null) {
                return Uni.createFrom().item(known);
            }
            Publisher publisher = new Publisher();
            publisher.id = UUID.randomUUID();
            publisher.domain = domain;
            publisher.name = suggestedName == null || suggestedName.isBlank() ? domain : suggestedName.strip();
            publisher.rating = Rating.UNRATED;
            return publisher.persist().replaceWith(publisher);
        });
    }

    private SourceVersion preserve(UUID sourceId, int number, SourceDocument document, String sha256) {
        SourceVersion version = new SourceVersion();
        version.key = new SourceVersion.Key(sourceId, number);
        version.text = document.text();
        version.sha256 = sha256;
        version.suppliedBy = document.suppliedBy();
        version.retrievedAt = now();
        return version;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
