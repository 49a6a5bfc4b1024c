package org.vigil.sources.service;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.google.common.base.Suppliers;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.jboss.logging.Logger;
import org.vigil.sources.config.SuggestionsConfig;
import org.vigil.sources.suggestions.Gazetteer;
import org.vigil.sources.suggestions.Suggestion;
import org.vigil.sources.suggestions.Suggestions;

/**
 * The candidate claims in a source version's preserved text (issue 3, point 6).
 *
 * <p>Finding them costs seconds of CPU per megabyte of text, and the gazetteer behind them tens
 * of megabytes of heap and seconds to read. So the gazetteer is read once, on first use; texts
 * are read on a small pool of their own, never on the event loop and never on every core; and
 * each version's suggestions are kept, because a preserved text never changes and neither do
 * they. Concurrent requests for the same version share one extraction.
 */
@ApplicationScoped
public class SourceSuggestions {

    private static final Logger LOG = Logger.getLogger(SourceSuggestions.class);

    /** The candidate claims of one version of a source, in the order its text states them. */
    public record VersionSuggestions(UUID sourceId, int version, List<Suggestion> suggestions) {}

    private record Key(UUID sourceId, int version) {}

    private final SourceReading reading;
    private final ThreadPoolExecutor extraction;
    private final AsyncCache<Key, VersionSuggestions> cache;
    private final Supplier<Suggestions> suggestions = Suppliers.memoize(SourceSuggestions::readGazetteer);
    private final Timer extractions;

    public SourceSuggestions(SourceReading reading, SuggestionsConfig config, MeterRegistry meters) {
        this.reading = reading;
        AtomicInteger threads = new AtomicInteger();
        this.extraction = new ThreadPoolExecutor(
                config.threads(),
                config.threads(),
                0,
                TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(config.queue()),
                task -> {
                    Thread thread = new Thread(task, "vigil-suggestions-" + threads.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        this.cache = Caffeine.newBuilder()
                .maximumWeight(config.cachedSuggestions())
                .weigher((Key key, VersionSuggestions found) ->
                        1 + found.suggestions().size())
                .buildAsync();
        this.extractions = Timer.builder("vigil.suggestions.extraction")
                .description("finding the suggestions in one source version's text (cache misses only)")
                .register(meters);
    }

    /**
     * The suggestions for {@code version} of a source, the newest when null.
     *
     * @throws java.util.concurrent.RejectedExecutionException (as the Uni's failure) when too
     *     many uncached versions are waiting already
     */
    public Uni<VersionSuggestions> of(UUID sourceId, Integer version) {
        // a copy per caller: a caller that goes away cancels its copy, not the extraction others wait for
        return reading.version(sourceId, version)
                .chain(ref -> Uni.createFrom()
                        .completionStage(
                                () -> cache.get(new Key(ref.sourceId(), ref.number()), (key, ignored) -> extract(ref))
                                        .copy()))
                .onFailure(CompletionException.class)
                .transform(Throwable::getCause);
    }

    private CompletableFuture<VersionSuggestions> extract(SourceReading.VersionRef ref) {
        return reading.text(ref.sourceId(), ref.number())
                .chain(text -> Uni.createFrom()
                        .completionStage(CompletableFuture.supplyAsync(() -> find(ref, text), extraction)))
                .subscribeAsCompletionStage();
    }

    private VersionSuggestions find(SourceReading.VersionRef ref, String text) {
        Suggestions finder = suggestions.get();
        long started = System.nanoTime();
        List<Suggestion> found = finder.in(text, publishedOn(ref.publishedAt()));
        long nanos = System.nanoTime() - started;
        extractions.record(nanos, TimeUnit.NANOSECONDS);
        LOG.infof(
                "%d suggestions in version %d of source %s (%d characters) in %d ms",
                found.size(), ref.number(), ref.sourceId(), text.length(), TimeUnit.NANOSECONDS.toMillis(nanos));
        return new VersionSuggestions(ref.sourceId(), ref.number(), found);
    }

    private static Suggestions readGazetteer() {
        long started = System.nanoTime();
        Gazetteer gazetteer = Gazetteer.fromClasspath();
        LOG.infof("read %s in %d ms", gazetteer, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        return new Suggestions(gazetteer);
    }

    /** A date without a year is read against the publication date, when the source gives one. */
    private static LocalDate publishedOn(String publishedAt) {
        if (publishedAt == null || publishedAt.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(publishedAt.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    @PreDestroy
    void stop() {
        extraction.shutdownNow();
    }
}
