package org.vigil.moderation.sources;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executor;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which of the sources a report cites by {@code sourceId} are registered, and up to which version
 * (docs/decisions/0007-known-sources-at-report-time.md). sources-service holds them; it is asked
 * about each id not confirmed before, a few at a time. A confirmed source is remembered (sources
 * are never deleted and their versions only grow), so citing it again costs no call; a citation of
 * a version newer than the one remembered asks again. Citations carrying their source inline never
 * need an answer.
 */
@ApplicationScoped
public class KnownSources {

    private static final int CONCURRENT_QUESTIONS = 8;

    @Inject
    SourcesService sources;

    @ConfigProperty(name = "vigil.sources.remembered")
    int capacity;

    /** Confirmed sources and their newest version known, least recently cited first. */
    private final Map<UUID, Integer> remembered = new LinkedHashMap<>(256, 0.75f, true);

    /**
     * The registered sources among those cited, given as the highest version cited of each source
     * id (0 when no version is named), answered on the caller's Vert.x
     * context (the one its database session belongs to). Fails with {@link SourcesUnreachable}
     * when sources-service had to be asked and could not answer.
     */
    public Uni<CitedSources> of(Map<UUID, Integer> cited) {
        if (cited.isEmpty()) {
            return Uni.createFrom().item(CitedSources.NONE);
        }
        Map<UUID, Integer> known = new HashMap<>();
        Map<UUID, Integer> toAsk = new HashMap<>();
        synchronized (remembered) {
            cited.forEach((id, version) -> {
                Integer newest = remembered.get(id);
                if (newest != null && newest >= version) {
                    known.put(id, newest);
                } else {
                    toAsk.put(id, version);
                }
            });
        }
        if (toAsk.isEmpty()) {
            return Uni.createFrom().item(new CitedSources(Map.copyOf(known)));
        }
        Executor caller = callersContext();
        return Multi.createFrom()
                .iterable(toAsk.keySet())
                .onItem()
                .transformToUni(id -> sources.newestVersionOf(id).map(newest -> Map.entry(id, newest)))
                .merge(CONCURRENT_QUESTIONS)
                .collect()
                .asList()
                .map(answers -> {
                    for (Map.Entry<UUID, Optional<Integer>> answer : answers) {
                        answer.getValue().ifPresent(newest -> {
                            known.put(answer.getKey(), newest);
                            remember(answer.getKey(), newest);
                        });
                    }
                    return new CitedSources(Map.copyOf(known));
                })
                .emitOn(caller);
    }

    private void remember(UUID id, int newest) {
        synchronized (remembered) {
            remembered.merge(id, newest, Math::max);
            if (remembered.size() > capacity) {
                remembered.remove(remembered.keySet().iterator().next());
            }
        }
    }

    /**
     * Answers shared between callers (the token request) may complete on another request's
     * context; Hibernate Reactive keeps each request's session on its own, so the answer goes back there.
     */
    private static Executor callersContext() {
        Context context = Vertx.currentContext();
        return context == null ? Runnable::run : task -> context.runOnContext(ignored -> task.run());
    }
}
