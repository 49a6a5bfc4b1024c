package org.vigil.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * An open-loop load client at a fixed rate, for the latency a proxy adds below saturation (what
 * wrk2 measures; wrk2 is not in Debian). Request {@code i} is due at {@code start + i / rate}; a
 * pool of {@code connections} workers, each with its own keep-alive connection, sends them, and a
 * request's latency is counted from when it was due, so a server that stalls is charged for the
 * whole queue behind it (no coordinated omission).
 */
final class FixedRate {

    record Result(double p50, double p99, long failed) {}

    private FixedRate() {}

    static Result run(URI base, List<String> paths, String token, int rate, int seconds, int connections)
            throws InterruptedException {
        int total = rate * seconds;
        long[] latencies = new long[total];
        AtomicLong failed = new AtomicLong();
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        ExecutorService workers = Executors.newFixedThreadPool(connections);
        long interval = 1_000_000_000L / rate;
        long start = System.nanoTime() + 50_000_000L;
        for (int i = 0; i < total; i++) {
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            int sample = i;
            HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(paths.get(i % paths.size())))
                    .timeout(Duration.ofSeconds(10));
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            HttpRequest built = request.build();
            workers.execute(() -> {
                try {
                    HttpResponse<byte[]> response = http.send(built, HttpResponse.BodyHandlers.ofByteArray());
                    if (response.statusCode() != 200) {
                        failed.incrementAndGet();
                    }
                } catch (Exception e) {
                    failed.incrementAndGet();
                }
                latencies[sample] = System.nanoTime() - due;
            });
        }
        workers.shutdown();
        workers.awaitTermination(60, TimeUnit.SECONDS);
        Arrays.sort(latencies);
        return new Result(percentile(latencies, 50), percentile(latencies, 99), failed.get());
    }

    private static double percentile(long[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
    }
}
