package org.vigil.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The processor time (user + system) each part of the platform spent over a stretch of the
 * pipeline: each service's JVM, the gateway's, the benchmark's own (test broker, identity
 * provider, clients and watchers; its threads grouped by name) and the PostgreSQL backends
 * connected to the services' databases. Wall times on a shared two-core machine move with
 * everyone's load; processor time per report does not, or far less.
 */
final class ProcessorTime {

    /** {@code /proc/<pid>/stat}'s utime and stime are in clock ticks: 100 a second on Linux. */
    private static final long NANOS_PER_TICK = 10_000_000L;

    private static final String BENCHMARK = "benchmark JVM (broker, identity, clients)";

    private static final List<String> PROCESSES =
            List.of("gateway", "moderation-service", "sources-service", "events-service");

    private final BenchServices services;
    private final Map<String, Long> processes = new LinkedHashMap<>();
    private final Map<String, Long> threads = new HashMap<>();
    private final Map<Long, Long> backends = new HashMap<>();
    private final Map<String, Long> processesNow = new LinkedHashMap<>();
    private final Map<String, Long> threadsNow = new HashMap<>();
    private final Map<Long, Long> backendsNow = new HashMap<>();
    /** Per process: its JIT compiler threads' and its garbage collector's (and VM thread's) processor time. */
    private final Map<String, long[]> jvmThreads = new HashMap<>();

    private final Map<String, long[]> jvmThreadsNow = new HashMap<>();

    private ProcessorTime(BenchServices services) {
        this.services = services;
    }

    /** Takes the first reading. */
    static ProcessorTime start(BenchServices services) throws SQLException {
        ProcessorTime time = new ProcessorTime(services);
        time.read(time.processes, time.threads, time.backends, time.jvmThreads);
        return time;
    }

    /** Takes the second reading: the end of the stretch. */
    void stop() throws SQLException {
        read(processesNow, threadsNow, backendsNow, jvmThreadsNow);
    }

    /** Writes, for each part, its processor time over the stretch in milliseconds per unit of work. */
    void report(Report report, int units, String unit) {
        report.line("  processor time (user + system), ms per %s, over %d of them:", unit, units);
        long total = 0;
        for (Map.Entry<String, Long> now : processesNow.entrySet()) {
            long spent = now.getValue() - processes.getOrDefault(now.getKey(), 0L);
            total += spent;
            long[] jvm = jvmThreadsNow.getOrDefault(now.getKey(), new long[2]);
            long[] jvmBefore = jvmThreads.getOrDefault(now.getKey(), new long[2]);
            report.line(
                    "    %-36s %8.1f   of which JIT compiler threads %.1f, GC and VM thread %.1f",
                    now.getKey(),
                    spent / 1e6 / units,
                    (jvm[0] - jvmBefore[0]) / 1e6 / units,
                    (jvm[1] - jvmBefore[1]) / 1e6 / units);
        }
        long database = 0;
        for (Map.Entry<Long, Long> now : backendsNow.entrySet()) {
            database += now.getValue() - backends.getOrDefault(now.getKey(), 0L);
        }
        total += database;
        report.line(
                "    %-36s %8.1f",
                "PostgreSQL (" + backendsNow.size() + " backends of the services)", database / 1e6 / units);
        report.line("    %-36s %8.1f", "all of them", total / 1e6 / units);
        List<Map.Entry<String, Long>> spentByThread = new ArrayList<>();
        threadsNow.forEach((name, now) -> spentByThread.add(Map.entry(name, now - threads.getOrDefault(name, 0L))));
        spentByThread.sort(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()));
        StringBuilder top = new StringBuilder();
        for (Map.Entry<String, Long> thread : spentByThread.subList(0, Math.min(6, spentByThread.size()))) {
            top.append(String.format(" %s %.1f;", thread.getKey(), thread.getValue() / 1e6 / units));
        }
        report.line("    the benchmark's JVM by thread (live threads only):%s", top);
    }

    private void read(
            Map<String, Long> processes,
            Map<String, Long> threads,
            Map<Long, Long> backends,
            Map<String, long[]> jvmThreads)
            throws SQLException {
        for (String name : PROCESSES) {
            processes.put(name, services.process(name).cpuTime().toNanos());
            jvmThreads.put(name, jvmThreads(services.process(name).pid()));
        }
        processes.put(
                BENCHMARK,
                ProcessHandle.current()
                        .info()
                        .totalCpuDuration()
                        .map(java.time.Duration::toNanos)
                        .orElse(0L));
        jvmThreads.put(BENCHMARK, jvmThreads(ProcessHandle.current().pid()));
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        for (long id : mx.getAllThreadIds()) {
            var info = mx.getThreadInfo(id);
            long cpu = mx.getThreadCpuTime(id);
            if (info != null && cpu > 0) {
                // HttpClient-1-Worker-3 and HttpClient-1-Worker-7 are one kind of work
                threads.merge(info.getThreadName().replaceAll("\\d+", "#"), cpu, Long::sum);
            }
        }
        try (Connection connection = services.connect(services.database("moderation-service"));
                PreparedStatement query = connection.prepareStatement(
                        "select pid from pg_stat_activity where datname = any(?) and pid <> pg_backend_pid()")) {
            Array names = connection.createArrayOf(
                    "text",
                    BenchServices.SERVICES.stream().map(services::database).toArray());
            query.setArray(1, names);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    long pid = rows.getLong(1);
                    long ticks = ticks(pid);
                    if (ticks >= 0) {
                        backends.put(pid, ticks * NANOS_PER_TICK);
                    }
                }
            }
        }
    }

    /**
     * The processor time, in nanoseconds, of a JVM's JIT compiler threads and of its garbage
     * collector and VM thread (the serial collector collects on the VM thread), from its threads'
     * {@code /proc} entries: compiler threads that ended in between are not counted.
     */
    private static long[] jvmThreads(long pid) {
        long[] spent = new long[2];
        try (var tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            for (Path task : tasks.toList()) {
                String name;
                try {
                    name = Files.readString(task.resolve("comm")).strip();
                } catch (IOException e) {
                    continue; // ended meanwhile
                }
                long ticks = ticks(task.resolve("stat"));
                if (ticks < 0) {
                    continue;
                }
                if (name.startsWith("C1 CompilerThre") || name.startsWith("C2 CompilerThre")) {
                    spent[0] += ticks * NANOS_PER_TICK;
                } else if (name.startsWith("GC Thread") || name.equals("VM Thread") || name.startsWith("G1 ")) {
                    spent[1] += ticks * NANOS_PER_TICK;
                }
            }
        } catch (IOException e) {
            // the process is gone: nothing to count
        }
        return spent;
    }

    /**
     * A process group's processor time in seconds: every live member's own, and what its members'
     * finished children spent (a start-up script's, say). {@code ./vigil} starts each component as
     * the leader of its own group, so the group's id is the pid it records.
     */
    static double groupSeconds(long groupId) throws IOException {
        long spent = 0;
        try (java.util.stream.Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (Path process : processes
                    .filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .toList()) {
                String[] fields = statFields(process.resolve("stat"));
                if (fields != null && Long.parseLong(fields[2]) == groupId) {
                    spent += Long.parseLong(fields[11])
                            + Long.parseLong(fields[12])
                            + Long.parseLong(fields[13])
                            + Long.parseLong(fields[14]);
                }
            }
        }
        return spent * NANOS_PER_TICK / 1e9;
    }

    /** utime + stime of a process, in clock ticks; -1 when it is gone. */
    private static long ticks(long pid) {
        return ticks(Path.of("/proc", Long.toString(pid), "stat"));
    }

    private static long ticks(Path statFile) {
        String[] fields = statFields(statFile);
        return fields == null ? -1 : Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    /** {@code /proc/<pid>/stat}'s fields from the state on (state, ppid, pgrp, …); null when the process is gone. */
    private static String[] statFields(Path statFile) {
        try {
            String stat = Files.readString(statFile);
            // the command name in parentheses may hold spaces: count fields after its closing one
            return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
