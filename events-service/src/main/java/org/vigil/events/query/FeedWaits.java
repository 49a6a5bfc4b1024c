package org.vigil.events.query;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.UniEmitter;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The change-feed reads held until the record changes ({@code GET /api/v1/changes?wait=…}): a
 * bounded number of them, each woken when a commit that added changes is announced
 * ({@link ChangeFeedListener}) or when its wait ends, whichever comes first. Counting commits rather
 * than remembering them lets a read take the count before it reads the feed and wait only for what
 * committed after that: a commit between its read and its wait still wakes it.
 */
@ApplicationScoped
public class FeedWaits {

    private final Vertx vertx;
    private final int capacity;
    private final AtomicInteger held = new AtomicInteger();
    private final AtomicLong commits = new AtomicLong();
    private final Set<Waiter> waiting = ConcurrentHashMap.newKeySet();

    public FeedWaits(
            Vertx vertx, @ConfigProperty(name = "vigil.changes.max-held-reads", defaultValue = "200") int capacity) {
        this.vertx = vertx;
        this.capacity = capacity;
    }

    /** Takes one of the places for a held read; false when all are taken. */
    public boolean hold() {
        if (held.incrementAndGet() > capacity) {
            held.decrementAndGet();
            return false;
        }
        return true;
    }

    /** How many held reads wait for a commit now (read the feed, found nothing, not yet woken). */
    public int waiting() {
        return waiting.size();
    }

    /** Gives back a place {@link #hold()} took. */
    public void release() {
        held.decrementAndGet();
    }

    /** How many commits have been announced: taken before a read of the feed, given to {@link #commitAfter}. */
    public long commitsSeen() {
        return commits.get();
    }

    /**
     * Completes once a commit after the {@code seen}-th is announced, or after {@code wait}, on the
     * caller's Vert.x context when it has one; cancelled, it forgets the waiter and its timer.
     */
    public Uni<Void> commitAfter(long seen, Duration wait) {
        return Uni.createFrom().emitter(emitter -> {
            Waiter waiter = new Waiter(emitter, Vertx.currentContext());
            waiting.add(waiter);
            long timer = vertx.setTimer(Math.max(1, wait.toMillis()), id -> waiter.wake());
            emitter.onTermination(() -> {
                waiting.remove(waiter);
                vertx.cancelTimer(timer);
            });
            if (commits.get() != seen) {
                waiter.wake();
            }
        });
    }

    /** A commit added changes: every held read reads the feed again. */
    public void committed() {
        commits.incrementAndGet();
        waiting.forEach(Waiter::wake);
    }

    private static final class Waiter {

        private final UniEmitter<? super Void> emitter;
        private final Context context;
        private final AtomicBoolean woken = new AtomicBoolean();

        Waiter(UniEmitter<? super Void> emitter, Context context) {
            this.emitter = emitter;
            this.context = context;
        }

        void wake() {
            if (!woken.compareAndSet(false, true)) {
                return;
            }
            if (context == null) {
                emitter.complete(null);
            } else {
                // the read goes on where its request runs, not on the listener's connection
                context.runOnContext(ignored -> emitter.complete(null));
            }
        }
    }
}
