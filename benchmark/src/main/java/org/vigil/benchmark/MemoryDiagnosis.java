package org.vigil.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.vigil.testing.ServiceProcess;

/**
 * Where a running service's resident memory goes, written to a file for reading later: the kernel's
 * split of it ({@code /proc/<pid>/smaps_rollup}: anonymous against file-backed pages), the JVM's own
 * account ({@code jcmd VM.native_memory summary}, when the service runs with
 * {@code -XX:NativeMemoryTracking=summary}), its collections so far, its heap, and its heap again
 * after a full collection (what is live) with the classes of its objects. The full collection changes the process, so this comes after its RSS is read.
 */
final class MemoryDiagnosis {

    private static final List<List<String>> COMMANDS = List.of(
            List.of("VM.native_memory", "summary"),
            // the collections so far and the time they took (sun.gc.collector.*): what a smaller heap costs
            List.of("PerfCounter.print"),
            List.of("GC.heap_info"),
            List.of("GC.run"),
            List.of("GC.heap_info"),
            // what the live heap is made of, largest first
            List.of("GC.class_histogram"),
            List.of("Thread.print"));

    private MemoryDiagnosis() {}

    static void write(ServiceProcess process, Path file) throws IOException, InterruptedException {
        StringBuilder out = new StringBuilder();
        Path proc = Path.of("/proc", Long.toString(process.pid()));
        out.append("== smaps_rollup\n").append(Files.readString(proc.resolve("smaps_rollup")));
        out.append("== status\n").append(Files.readString(proc.resolve("status")));
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        for (List<String> command : COMMANDS) {
            List<String> line = new ArrayList<>(List.of(jcmd.toString(), Long.toString(process.pid())));
            line.addAll(command);
            Process run = new ProcessBuilder(line).redirectErrorStream(true).start();
            byte[] answer = run.getInputStream().readAllBytes();
            run.waitFor(60, TimeUnit.SECONDS);
            out.append("== jcmd ").append(String.join(" ", command)).append('\n');
            out.append(new String(answer, StandardCharsets.UTF_8));
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, out);
    }
}
