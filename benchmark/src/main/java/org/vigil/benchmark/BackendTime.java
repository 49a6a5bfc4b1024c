package org.vigil.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Processor time on this machine that no service reports of itself: PostgreSQL's backends serving
 * one database, and the benchmark's own JVM reading what they send. With the services' own
 * ({@code ServiceProcess#cpuTime}), it says where an export's time went, in figures that hardly
 * move with what else the machine runs (wall times do).
 */
record BackendTime(Map<Path, Long> ticks) {

    /** Clock ticks a second in /proc/&lt;pid&gt;/stat: 100 on every Linux this runs on. */
    private static final double TICKS_PER_SECOND = 100;

    /**
     * User and system time, so far, of every PostgreSQL backend now connected to {@code database}
     * (their process title is {@code postgres: <user> <database> <client> <state>}), by process.
     */
    static BackendTime ofDatabase(String database) {
        String title = " " + database + " ";
        Map<Path, Long> ticks = new HashMap<>();
        try (DirectoryStream<Path> processes = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
            for (Path process : processes) {
                long used = backendTicks(process, title);
                if (used > 0) {
                    ticks.put(process, used);
                }
            }
        } catch (IOException e) {
            // no /proc: nothing to tell
        }
        return new BackendTime(Map.copyOf(ticks));
    }

    /**
     * What the backends used since {@code before}: a backend that disconnected in between takes its
     * share with it (read before closing a connection of one's own), one that connected counts whole.
     */
    Duration since(BackendTime before) {
        long spent = 0;
        for (Map.Entry<Path, Long> backend : ticks.entrySet()) {
            spent += backend.getValue() - before.ticks().getOrDefault(backend.getKey(), 0L);
        }
        return Duration.ofMillis(Math.round(spent * 1000 / TICKS_PER_SECOND));
    }

    /** The benchmark's own processor time: the client's share of a measurement. */
    static Duration ofThisJvm() {
        return Duration.ofNanos(
                ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                        .getProcessCpuTime());
    }

    private static long backendTicks(Path process, String title) {
        try {
            String command = new String(Files.readAllBytes(process.resolve("cmdline")), StandardCharsets.UTF_8);
            if (!command.startsWith("postgres: ") || !command.contains(title)) {
                return 0;
            }
            String stat = Files.readString(process.resolve("stat"));
            // after the command name in parentheses: state is field 3, utime 14 and stime 15
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
    }
}
