package org.vigil.sources.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.vigil.problem.ProblemException;
import org.vigil.sources.domain.CitationCheck;
import org.vigil.sources.domain.Publisher;
import org.vigil.sources.domain.Source;
import org.vigil.sources.domain.SourceVersion;
import org.vigil.sources.rest.SourceView;

/** Reads a source for the public (metadata, approved quotes) or for a moderator (everything). */
@ApplicationScoped
public class SourceReading {

    /** One version of a source, named without its text. */
    public record VersionRef(UUID sourceId, int number, String publishedAt) {}

    @WithSession
    public Uni<SourceView> read(UUID id, Integer versionNumber, boolean moderator) {
        return Source.<Source>findById(id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("source " + id))
                .chain(source -> SourceVersion.<SourceVersion>list("key.sourceId = ?1 order by key.number", id)
                        .chain(versions -> Publisher.<Publisher>findById(source.publisherId)
                                .chain(publisher -> quotes(id, moderator)
                                        .map(quotes -> view(source, versions, publisher, quotes, versionNumber, moderator)))));
    }

    /** Which version a caller means: {@code number}, or the newest when null; 404 when there is none. */
    @WithSession
    public Uni<VersionRef> version(UUID id, Integer number) {
        return Source.<Source>findById(id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("source " + id))
                // versions are numbered 1, 2, ... and never deleted: their count is the newest
                .chain(source -> SourceVersion.count("key.sourceId", id).map(count -> {
                    int n = number == null ? count.intValue() : number;
                    if (n < 1 || n > count) {
                        throw ProblemException.notFound("version " + number + " of source " + id);
                    }
                    return new VersionRef(id, n, source.publishedAt);
                }));
    }

    /** The preserved text of one version. */
    @WithSession
    public Uni<String> text(UUID id, int number) {
        return SourceVersion.<SourceVersion>findById(new SourceVersion.Key(id, number)).map(version -> version.text);
    }

    private static Uni<List<CitationCheck>> quotes(UUID sourceId, boolean moderator) {
        return moderator
                ? CitationCheck.list("sourceId = ?1 order by sourceVersion, checkedAt", sourceId)
                : CitationCheck.list("sourceId = ?1 and approved = true order by sourceVersion, checkedAt",
                        sourceId);
    }

    private static SourceView view(Source source, List<SourceVersion> versions, Publisher publisher,
            List<CitationCheck> quotes, Integer versionNumber, boolean moderator) {
        SourceVersion shown = versionNumber == null
                ? versions.get(versions.size() - 1)
                : versions.stream().filter(v -> v.number() == versionNumber).findFirst()
                        .orElseThrow(() -> ProblemException.notFound("version " + versionNumber + " of source " + source.id));
        return new SourceView(
                source.id, source.url, source.title, source.author, source.publishedAt, source.language,
                source.registeredAt, SourceView.status(source), source.deletedUpstreamAt,
                new SourceView.PublisherView(publisher.id, publisher.name, publisher.domain, publisher.rating),
                shown.number(), shown.sha256, shown.retrievedAt,
                versions.stream().map(v -> new SourceView.VersionView(v.number(), v.sha256, v.retrievedAt)).toList(),
                quotes.stream().map(q -> moderator
                                ? new SourceView.QuoteView(q.key.claimId(), q.key.citationIndex(), q.sourceVersion, q.exact,
                                        q.prefix, q.suffix, q.result, q.start, q.end, q.approved)
                                : new SourceView.QuoteView(null, null, q.sourceVersion, q.exact, null, null, null,
                                        q.start, q.end, null))
                        .toList(),
                moderator ? shown.text : null,
                null);
    }
}
