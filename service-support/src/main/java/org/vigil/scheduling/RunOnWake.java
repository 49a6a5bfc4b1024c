package org.vigil.scheduling;

import io.smallrye.mutiny.Uni;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * A job run when woken (by a notification on commit, by its periodic poll), one run at a time. A
 * wake during a run makes the run go round once more, so work committed while a run was under way
 * never waits for the poll; a run that says more is due goes round again at once. Each run is
 * bounded by {@link RunLimit}: a run whose result never came would otherwise leave the job
 * "running" for good, and no wake would start it again.
 */
public final class RunOnWake {

    private static final Logger LOG = Logger.getLogger(RunOnWake.class);

    private final String job;
    private final RunLimit runLimit;
    private final Supplier<Uni<Boolean>> run;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean wanted = new AtomicBoolean();

    /** {@code run} answers whether more is due right away (a full batch came back). */
    public RunOnWake(String job, RunLimit runLimit, Supplier<Uni<Boolean>> run) {
        this.job = job;
        this.runLimit = runLimit;
        this.run = run;
    }

    /** Runs now, or right after the run in progress. Never blocks; safe to call from any thread, as often as commits happen. */
    public void wake() {
        wanted.set(true);
        if (running.compareAndSet(false, true)) {
            run();
        }
    }

    private void run() {
        wanted.set(false);
        runLimit.bound(job, Uni.createFrom().deferred(run::get)).subscribe().with(this::afterRun, failure -> {
            LOG.warnf("%s run failed, the next poll tries again: %s", job, failure.toString());
            afterRun(false);
        });
    }

    private void afterRun(boolean moreDue) {
        if (moreDue || wanted.get()) {
            run();
            return;
        }
        running.set(false);
        // a wake between the check above and the reset found the job still running: take it now
        if (wanted.get() && running.compareAndSet(false, true)) {
            run();
        }
    }
}
