package org.vigil.benchmark;

import java.util.Arrays;

/** Response times of one measured operation, and their percentiles. */
final class Latencies {

    /** One timed call; throws on any failure, which ends the benchmark. */
    @FunctionalInterface
    interface Call {
        void run(int sample) throws Exception;
    }

    private final String label;
    private final long[] nanos;

    private Latencies(String label, long[] nanos) {
        this.label = label;
        this.nanos = nanos;
    }

    /** Runs {@code call} {@code warmUp} times untimed, then {@code samples} times one after the other, timed. */
    static Latencies measure(String label, int warmUp, int samples, Call call) throws Exception {
        for (int i = 0; i < warmUp; i++) {
            call.run(samples + i);
        }
        long[] nanos = new long[samples];
        for (int i = 0; i < samples; i++) {
            long started = System.nanoTime();
            call.run(i);
            nanos[i] = System.nanoTime() - started;
        }
        Arrays.sort(nanos);
        Latencies latencies = new Latencies(label, nanos);
        Report.progress("%-58s p50 %7.1f ms  p99 %7.1f ms", label, latencies.percentile(50), latencies.percentile(99));
        return latencies;
    }

    /** Durations taken elsewhere (e.g. from one request's answer to a change seen by a watcher), in nanoseconds. */
    static Latencies of(String label, long[] nanos) {
        long[] sorted = nanos.length == 0 ? new long[] {0} : nanos.clone();
        Arrays.sort(sorted);
        return new Latencies(label, sorted);
    }

    String label() {
        return label;
    }

    int samples() {
        return nanos.length;
    }

    /** The nearest-rank percentile, in milliseconds. */
    double percentile(double p) {
        int rank = (int) Math.ceil(p / 100.0 * nanos.length);
        return nanos[Math.max(0, Math.min(nanos.length - 1, rank - 1))] / 1e6;
    }

    double max() {
        return nanos[nanos.length - 1] / 1e6;
    }
}
