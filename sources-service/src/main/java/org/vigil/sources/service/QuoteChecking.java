package org.vigil.sources.service;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.vigil.contracts.events.QuoteChecked;
import org.vigil.contracts.events.ReportSubmitted;
import org.vigil.contracts.vocabulary.QuoteCheck;
import org.vigil.messaging.Outbox;
import org.vigil.sources.domain.CitationCheck;
import org.vigil.sources.domain.Publisher;
import org.vigil.sources.domain.Source;
import org.vigil.sources.domain.SourceVersion;
import org.vigil.sources.quotes.QuoteMatch;
import org.vigil.sources.quotes.QuoteMatcher;
import org.vigil.sources.quotes.TextQuoteSelector;
import org.vigil.sources.url.InvalidSourceUrlException;

/**
 * For every citation of a submitted report: registers or finds the cited source, looks for the
 * quote in its preserved text, records where it stands and announces the result. Runs inside the
 * inbox's transaction, so the records and the announcements commit together.
 */
@ApplicationScoped
public class QuoteChecking {

    private static final Logger LOG = Logger.getLogger(QuoteChecking.class);

    /** The cited source (or the version named) does not exist, or its URL is unusable. */
    private static final QuoteMatch MISSING_SOURCE = new QuoteMatch(QuoteCheck.NOT_FOUND, null, null, 0, false);

    @Inject
    SourceRegistration registration;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    private final QuoteMatcher matcher = new QuoteMatcher();

    public Uni<Void> checkAll(ReportSubmitted report) {
        List<Uni<Void>> checks = new ArrayList<>();
        for (ReportSubmitted.Claim claim : report.claims()) {
            for (ReportSubmitted.Citation citation : claim.citations()) {
                checks.add(Uni.createFrom().deferred(() -> check(claim.claimId(), citation)));
            }
        }
        // one session, one operation at a time
        return Multi.createFrom()
                .iterable(checks)
                .onItem()
                .transformToUniAndConcatenate(check -> check)
                .collect()
                .last()
                .replaceWithVoid();
    }

    private Uni<Void> check(UUID claimId, ReportSubmitted.Citation citation) {
        return cited(citation)
                .chain(found -> {
                    if (found == null) {
                        return record(claimId, citation, null, MISSING_SOURCE)
                                .chain(() -> outbox.publish(QuoteChecked.sourceMissing(claimId, citation.index())));
                    }
                    QuoteMatch match = matcher.match(
                            found.version().text,
                            new TextQuoteSelector(citation.exact(), citation.prefix(), citation.suffix()));
                    return record(claimId, citation, found, match)
                            .chain(() -> outbox.publish(QuoteChecked.checked(
                                    claimId,
                                    citation.index(),
                                    found.checkedSource(),
                                    match.check(),
                                    match.start(),
                                    match.end())));
                })
                .replaceWithVoid();
    }

    private record Cited(Source source, SourceVersion version, Publisher publisher) {

        QuoteChecked.CheckedSource checkedSource() {
            return new QuoteChecked.CheckedSource(
                    source.id,
                    version.number(),
                    version.suppliedBy,
                    source.url,
                    source.title,
                    publisher.id,
                    publisher.name,
                    publisher.rating);
        }
    }

    private Uni<Cited> cited(ReportSubmitted.Citation citation) {
        if (citation.source() != null) {
            return Uni.createFrom()
                    .deferred(() -> registration.register(citation.source()))
                    .map(registered -> new Cited(registered.source(), registered.version(), registered.publisher()))
                    .onFailure(InvalidSourceUrlException.class)
                    .recoverWithUni(e -> {
                        LOG.infof("citation names an unusable URL: %s", e.getMessage());
                        return Uni.createFrom().nullItem();
                    });
        }
        return Source.<Source>findById(citation.sourceId())
                .chain(source -> source == null
                        ? Uni.createFrom().nullItem()
                        : quotedVersion(source, citation.sourceVersion())
                                .chain(version -> version == null
                                        ? Uni.createFrom().nullItem()
                                        : Publisher.<Publisher>findById(source.publisherId)
                                                .map(publisher -> new Cited(source, version, publisher))));
    }

    /**
     * The version the citation is bound to: the one the author named, or the newest at this check.
     * Either way it is recorded with the check and never changes when newer versions arrive.
     */
    private static Uni<SourceVersion> quotedVersion(Source source, Integer number) {
        return number != null
                ? SourceVersion.findById(new SourceVersion.Key(source.id, number))
                : SourceVersion.<SourceVersion>find("key.sourceId = ?1 order by key.number desc", source.id)
                        .firstResult();
    }

    private Uni<CitationCheck> record(UUID claimId, ReportSubmitted.Citation citation, Cited cited, QuoteMatch match) {
        CitationCheck.Key key = new CitationCheck.Key(claimId, citation.index());
        return CitationCheck.<CitationCheck>findById(key).chain(previous -> {
            CitationCheck record = previous != null ? previous : new CitationCheck();
            record.key = key;
            record.sourceId = cited == null ? null : cited.source().id;
            record.sourceVersion = cited == null ? null : cited.version().number();
            record.exact = citation.exact();
            record.prefix = citation.prefix();
            record.suffix = citation.suffix();
            record.result = match.check();
            record.start = match.start();
            record.end = match.end();
            record.checkedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
            return previous != null ? Uni.createFrom().item(record) : record.persist();
        });
    }
}
