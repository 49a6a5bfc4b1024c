package org.vigil.e2e;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The faults of a run, one after another on their own thread: each step does something hard to
 * a part of the platform and brings it back. Clients pace themselves by the step that is under
 * way ({@link #awaitStep}), so every fault meets traffic.
 */
final class FaultSchedule implements Runnable {

    /** One fault: what is done to the platform, and how it is brought back, in one go. */
    record Step(String name, Runnable fault) {}

    /** How long a step took, and why it failed if it did. */
    record Outcome(String name, Duration took, String failure) {}

    private final List<Step> steps;
    private final AtomicInteger started = new AtomicInteger();
    private final List<Outcome> outcomes = new ArrayList<>();
    private final Map<Integer, Long> startedAt = new ConcurrentHashMap<>();
    private volatile boolean finished;

    FaultSchedule(List<Step> steps) {
        this.steps = List.copyOf(steps);
    }

    int size() {
        return steps.size();
    }

    @Override
    public void run() {
        try {
            for (Step step : steps) {
                long start = System.nanoTime();
                synchronized (this) {
                    startedAt.put(started.get(), start);
                    started.incrementAndGet();
                    notifyAll();
                }
                String failure = null;
                try {
                    step.fault().run();
                } catch (RuntimeException e) {
                    failure = e.toString();
                }
                synchronized (outcomes) {
                    outcomes.add(new Outcome(step.name(), Duration.ofNanos(System.nanoTime() - start), failure));
                }
            }
        } finally {
            synchronized (this) {
                finished = true;
                notifyAll();
            }
        }
    }

    /** Waits until the step with this index has begun, or the schedule is over. */
    synchronized void awaitStep(int index) throws InterruptedException {
        while (!finished && started.get() <= index) {
            wait(1000);
        }
    }

    /** The index of the step under way (or last begun); {@link #size()} once the schedule is over. */
    int current() {
        return finished ? steps.size() : Math.max(started.get() - 1, 0);
    }

    String nameOf(int index) {
        return index < steps.size() ? steps.get(index).name() : "after the faults";
    }

    boolean finished() {
        return finished;
    }

    List<Outcome> outcomes() {
        synchronized (outcomes) {
            return List.copyOf(outcomes);
        }
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
