package org.vigil.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Issue 14, item 6's last target: {@code ./vigil up} with everything installed and built is ready
 * within 30 s. Times the README's own command as a newcomer runs it (PostgreSQL, Artemis, Keycloak,
 * the five services, the demo record), from nothing of it running to its return, after one
 * {@code up} and {@code down} that leave the class-data archives and Keycloak's build behind, as
 * any earlier {@code up} does. Not a test: it prints each run. Run with {@code benchmark/run up}.
 *
 * <p>It stops the platform {@code ./vigil up} started in this checkout, and starts it again at the
 * end if it was running.
 */
public final class UpBenchmark {

    /** What {@code ./vigil up} prints once every component answers ready, before the demo record. */
    private static final String DEMO_LOAD_BEGINS = "Loading the demo record";

    private final Path root;
    private final int runs = Integer.parseInt(System.getenv().getOrDefault("BENCH_UP_RUNS", "2"));
    private final Path logs;
    private final SuiteResults results = new SuiteResults(Targets.UP);

    private UpBenchmark(Path root) {
        this.root = root;
        this.logs = root.resolve("benchmark/target/logs");
    }

    public static void main(String[] args) throws Exception {
        new UpBenchmark(Path.of(args[0]).toAbsolutePath()).run();
    }

    private void run() throws Exception {
        Files.createDirectories(logs);
        boolean wasUp = !runningComponents().isEmpty();
        String loadBefore = Benchmark.loadAverage();
        System.out.printf(
                "./vigil up, %d runs after a warm-up, %d cores, load average %s%s%n",
                runs,
                Runtime.getRuntime().availableProcessors(),
                loadBefore,
                wasUp ? " (the platform was up: stopped now, started again at the end)" : "");
        vigil("down", "down-before");
        Start warmUp = up("warm-up");
        vigil("down", "down-warm-up");
        List<Start> starts = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            starts.add(up("run " + run));
            vigil("down", "down-" + run);
        }
        if (wasUp) {
            up("again, as it was found");
        }
        Start slowest =
                starts.stream().max(Comparator.comparingDouble(Start::seconds)).orElse(warmUp);
        results.conditions(
                "%d runs of ./vigil up after a warm-up one (%.1f s), every jar built and archive written; load average before %s",
                runs, warmUp.seconds(), loadBefore);
        results.record(
                Targets.VIGIL_UP,
                slowest.seconds(),
                "slowest of %s s; processor time when it returned %s",
                starts.stream()
                        .map(s -> String.format(Locale.ROOT, "%.1f", s.seconds()))
                        .collect(Collectors.joining(", ")),
                slowest.processorTime());
        results.record(
                Targets.VIGIL_UP_READY,
                slowest.readySeconds(),
                "every component ready; the demo record's idempotent load then took %.1f s",
                slowest.seconds() - slowest.readySeconds());
        results.write(root);
    }

    /** One {@code ./vigil up}: its wall time, when all were ready, and what each component had spent. */
    private Start up(String name) throws IOException, InterruptedException {
        String loadBefore = Benchmark.loadAverage();
        Path log = logs.resolve("vigil-up-" + name.replace(' ', '-').replace(",", "") + ".log");
        ProcessBuilder command = new ProcessBuilder(root.resolve("vigil").toString(), "up")
                .directory(root.toFile())
                .redirectErrorStream(true);
        // everything is built: a stale jar is used as it is rather than rebuilt inside the timing
        command.environment().put("VIGIL_SKIP_BUILD", "1");
        long started = System.nanoTime();
        long ready = -1;
        Process up = command.start();
        try (BufferedReader output =
                        new BufferedReader(new InputStreamReader(up.getInputStream(), StandardCharsets.UTF_8));
                PrintWriter copy = new PrintWriter(Files.newBufferedWriter(log))) {
            for (String line = output.readLine(); line != null; line = output.readLine()) {
                if (ready < 0 && line.contains(DEMO_LOAD_BEGINS)) {
                    ready = System.nanoTime();
                }
                copy.println(line);
            }
        }
        int status = up.waitFor();
        long ended = System.nanoTime();
        if (status != 0) {
            throw new IllegalStateException("./vigil up (" + name + ") exited " + status + ": see " + log);
        }
        Start start =
                new Start((ended - started) / 1e9, ((ready < 0 ? ended : ready) - started) / 1e9, processorTime());
        System.out.printf(
                "%s: up in %.1f s, every component ready after %.1f s (load average before %s, after %s); processor time %s%n",
                name,
                start.seconds(),
                start.readySeconds(),
                loadBefore,
                Benchmark.loadAverage(),
                start.processorTime());
        return start;
    }

    private void vigil(String verb, String logName) throws IOException, InterruptedException {
        Path log = logs.resolve("vigil-" + logName + ".log");
        long started = System.nanoTime();
        int status = new ProcessBuilder(root.resolve("vigil").toString(), verb)
                .directory(root.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start()
                .waitFor();
        if (status != 0) {
            throw new IllegalStateException("./vigil " + verb + " exited " + status + ": see " + log);
        }
        System.out.printf("  ./vigil %s: %.1f s%n", verb, (System.nanoTime() - started) / 1e9);
    }

    /** Each running component's processor time so far, e.g. {@code 52.8 s: keycloak 11.6, …}. */
    private String processorTime() throws IOException {
        Map<String, Double> seconds = new TreeMap<>();
        for (Map.Entry<String, Long> component : runningComponents().entrySet()) {
            seconds.put(component.getKey(), ProcessorTime.groupSeconds(component.getValue()));
        }
        double total =
                seconds.values().stream().mapToDouble(Double::doubleValue).sum();
        return String.format(Locale.ROOT, "%.1f s: ", total)
                + seconds.entrySet().stream()
                        .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                        .map(e -> String.format(Locale.ROOT, "%s %.1f", e.getKey(), e.getValue()))
                        .collect(Collectors.joining(", "));
    }

    /** The components {@code ./vigil} started and still runs, by the pid files it keeps. */
    private Map<String, Long> runningComponents() throws IOException {
        Path run = root.resolve(".vigil/run");
        Map<String, Long> running = new TreeMap<>();
        if (!Files.isDirectory(run)) {
            return running;
        }
        try (Stream<Path> files = Files.list(run)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".pid")).toList()) {
                long pid = Long.parseLong(Files.readString(file).strip());
                if (Files.exists(Path.of("/proc", Long.toString(pid)))) {
                    String name = file.getFileName().toString();
                    running.put(name.substring(0, name.length() - ".pid".length()), pid);
                }
            }
        }
        return running;
    }

    private record Start(double seconds, double readySeconds, String processorTime) {}
}
