package org.vigil.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A JFR recording ({@code settings=profile}) of each service and the gateway over one stretch of a
 * run, started and stopped with {@code jcmd} so that start-up and warm-up stay out of it: when
 * {@code BENCH_PIPELINE_JFR} names a folder, one {@code <process>.jfr} each is written there.
 */
final class StretchProfile {

    private static final List<String> PROCESSES =
            List.of("gateway", "moderation-service", "sources-service", "events-service");

    private final BenchServices services;
    private final Path folder;

    private StretchProfile(BenchServices services, Path folder) {
        this.services = services;
        this.folder = folder;
    }

    /** Starts the recordings, or does nothing when {@code folder} is null. */
    static StretchProfile start(BenchServices services, String folder) throws Exception {
        StretchProfile profile = new StretchProfile(
                services, folder == null ? null : Path.of(folder).toAbsolutePath());
        if (profile.folder != null) {
            Files.createDirectories(profile.folder);
            for (String process : PROCESSES) {
                profile.jcmd(process, "JFR.start", "name=stretch", "settings=profile");
            }
        }
        return profile;
    }

    void stop() throws Exception {
        if (folder == null) {
            return;
        }
        for (String process : PROCESSES) {
            jcmd(process, "JFR.stop", "name=stretch", "filename=" + folder.resolve(process + ".jfr"));
        }
        Report.progress("profiles of the measured stretch in %s", folder);
    }

    private void jcmd(String process, String... command) throws Exception {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        List<String> line = new ArrayList<>(
                List.of(jcmd.toString(), Long.toString(services.process(process).pid())));
        line.addAll(List.of(command));
        new ProcessBuilder(line)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start()
                .waitFor();
    }
}
