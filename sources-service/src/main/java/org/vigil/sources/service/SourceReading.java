package org.vigil.sources.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.vigil.paging.PageCursor;
import org.vigil.sources.domain.CitationCheck;
import org.vigil.sources.domain.NotFound;
import org.vigil.sources.domain.Publisher;
import org.vigil.sources.domain.Source;
import org.vigil.sources.domain.SourceVersion;

/** Reads a source with the quotes of approved claims (for anyone) or every quote checked (for a moderator). */
@ApplicationScoped
public class SourceReading {

    /** One version of a source, named without its text. */
    public record VersionRef(UUID sourceId, int number, String publishedAt) {}

    /**
     * A source with the version asked for, every version's fingerprint and the quotes checked
     * against it: all of them for a moderator, those of approved claims for the public.
     */
    public record SourceRead(
            Source source,
            Publisher publisher,
            SourceVersion shown,
            List<SourceVersion> versions,
            List<CitationCheck> quotes) {}

    @WithSession
    public Uni<SourceRead> read(UUID id, Integer versionNumber, boolean moderator) {
        return Source.<Source>findById(id)
                .onItem()
                .ifNull()
                .failWith(() -> NotFound.source(id))
                .chain(source -> SourceVersion.<SourceVersion>list("key.sourceId = ?1 order by key.number", id)
                        .chain(versions -> Publisher.<Publisher>findById(source.publisherId)
                                .chain(publisher -> quotes(id, moderator)
                                        .map(quotes -> new SourceRead(
                                                source,
                                                publisher,
                                                shown(source, versions, versionNumber),
                                                versions,
                                                quotes)))));
    }

    /** Which version a caller means: {@code number}, or the newest when null; 404 when there is none. */
    @WithSession
    public Uni<VersionRef> version(UUID id, Integer number) {
        return Source.<Source>findById(id)
                .onItem()
                .ifNull()
                .failWith(() -> NotFound.source(id))
                // versions are numbered 1, 2, ... and never deleted: their count is the newest
                .chain(source -> SourceVersion.count("key.sourceId", id).map(count -> {
                    int n = number == null ? count.intValue() : number;
                    if (n < 1 || n > count) {
                        throw NotFound.version(id, number);
                    }
                    return new VersionRef(id, n, source.publishedAt);
                }));
    }

    /** A version and the one before it (null for the first), for moderators comparing them. */
    public record VersionPair(SourceVersion previous, SourceVersion version) {}

    /** Version {@code number} of a source and the version before it; 404 when either is unknown. */
    @WithSession
    public Uni<VersionPair> withPrevious(UUID id, int number) {
        return SourceVersion.<SourceVersion>findById(new SourceVersion.Key(id, number))
                .onItem()
                .ifNull()
                .failWith(() -> NotFound.version(id, number))
                .chain(version -> number == 1
                        ? Uni.createFrom().item(new VersionPair(null, version))
                        : SourceVersion.<SourceVersion>findById(new SourceVersion.Key(id, number - 1))
                                .map(previous -> new VersionPair(previous, version)));
    }

    /** A registered source as a search finds it: its metadata and its publisher, never a version's supplier. */
    public record SourceFound(Source source, Publisher publisher) {}

    /** At most this many words of a search count; the rest are ignored. */
    static final int SEARCH_WORDS = 6;

    /**
     * Registered sources whose title, address, publisher's name or domain contain every word of
     * {@code query} (any case; all sources when it has none), newest registration first, up to
     * {@code limit} after {@code after} (from the first when null).
     */
    @WithSession
    public Uni<List<SourceFound>> search(String query, PageCursor after, int limit) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        List<String> words = Arrays.stream(
                        query == null ? new String[0] : query.strip().split("\\s+"))
                .filter(word -> !word.isEmpty())
                .limit(SEARCH_WORDS)
                .toList();
        for (int i = 0; i < words.size(); i++) {
            String name = "w" + i;
            where.append(" and (lower(s.title) like :")
                    .append(name)
                    .append(" escape '!' or lower(s.url) like :")
                    .append(name)
                    .append(" escape '!' or s.publisherId in (select p.id from Publisher p where lower(p.name) like :")
                    .append(name)
                    .append(" escape '!' or lower(p.domain) like :")
                    .append(name)
                    .append(" escape '!'))");
            parameters.and(name, "%" + likeLiteral(words.get(i).toLowerCase(Locale.ROOT)) + "%");
        }
        if (after != null) {
            where.append(" and (s.registeredAt < :at or (s.registeredAt = :at and s.id < :id))");
            parameters.and("at", after.at()).and("id", after.id());
        }
        return Source.<Source>find(
                        "from Source s where " + where + " order by s.registeredAt desc, s.id desc", parameters)
                .page(0, limit)
                .list()
                .chain(sources -> sources.isEmpty()
                        ? Uni.createFrom().item(List.<SourceFound>of())
                        : Publisher.<Publisher>list(
                                        "id in ?1",
                                        sources.stream()
                                                .map(s -> s.publisherId)
                                                .distinct()
                                                .toList())
                                .map(publishers -> found(sources, publishers)));
    }

    private static List<SourceFound> found(List<Source> sources, List<Publisher> publishers) {
        Map<UUID, Publisher> byId = publishers.stream().collect(Collectors.toMap(p -> p.id, Function.identity()));
        return sources.stream()
                .map(source -> new SourceFound(source, byId.get(source.publisherId)))
                .toList();
    }

    /** A word as a LIKE pattern matches it literally: its {@code %}, {@code _} and {@code !} escaped. */
    static String likeLiteral(String word) {
        return word.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    /** The preserved text of one version. */
    @WithSession
    public Uni<String> text(UUID id, int number) {
        return SourceVersion.<SourceVersion>findById(new SourceVersion.Key(id, number))
                .map(version -> version.text);
    }

    private static Uni<List<CitationCheck>> quotes(UUID sourceId, boolean moderator) {
        return moderator
                ? CitationCheck.list("sourceId = ?1 order by sourceVersion, checkedAt", sourceId)
                : CitationCheck.list("sourceId = ?1 and approved = true order by sourceVersion, checkedAt", sourceId);
    }

    private static SourceVersion shown(Source source, List<SourceVersion> versions, Integer versionNumber) {
        return versionNumber == null
                ? versions.get(versions.size() - 1)
                : versions.stream()
                        .filter(v -> v.number() == versionNumber)
                        .findFirst()
                        .orElseThrow(() -> NotFound.version(source.id, versionNumber));
    }
}
