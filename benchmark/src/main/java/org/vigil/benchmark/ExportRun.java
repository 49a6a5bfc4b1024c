package org.vigil.benchmark;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.vigil.testing.ServiceProcess;

/**
 * One full export read to the end as a client would, while the resident memory of the processes
 * it passes through is sampled every 200 ms: the time it takes, and whether memory stays flat.
 */
final class ExportRun {

    /** The resident set sizes of one process over an export. */
    record Memory(String process, long before, long peak, long after, List<Long> samples) {

        /** RSS at 10 %, 30 %, 50 %, 70 % and 90 % of the export, in MiB. */
        String timeline() {
            List<String> points = new ArrayList<>();
            for (int percent = 10; percent <= 90; percent += 20) {
                int index = Math.min(samples.size() - 1, samples.size() * percent / 100);
                points.add(index < 0 ? "-" : Long.toString(samples.get(index) >> 20));
            }
            return String.join(" → ", points);
        }
    }

    record Result(String label, int status, long rows, long bytes, double seconds, List<Memory> memory) {}

    private ExportRun() {}

    static Result measure(String label, HttpClient http, URI uri, String token, List<ServiceProcess> watched)
            throws Exception {
        List<List<Long>> samples = new ArrayList<>();
        List<Long> before = new ArrayList<>();
        for (ServiceProcess process : watched) {
            samples.add(new CopyOnWriteArrayList<>());
            before.add(process.rss());
        }
        Thread sampler = new Thread(
                () -> {
                    while (!Thread.currentThread().isInterrupted()) {
                        for (int i = 0; i < watched.size(); i++) {
                            samples.get(i).add(watched.get(i).rss());
                        }
                        try {
                            Thread.sleep(200);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                },
                "rss-sampler");
        sampler.setDaemon(true);

        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofHours(1));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        long started = System.nanoTime();
        sampler.start();
        HttpResponse<InputStream> response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        long bytes = 0;
        long lines = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream body = response.body()) {
            for (int read = body.read(buffer); read >= 0; read = body.read(buffer)) {
                bytes += read;
                for (int i = 0; i < read; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        sampler.interrupt();
        sampler.join();
        List<Memory> memory = new ArrayList<>();
        for (int i = 0; i < watched.size(); i++) {
            List<Long> taken = samples.get(i);
            long peak = taken.stream().mapToLong(Long::longValue).max().orElse(-1);
            memory.add(new Memory(
                    watched.get(i).name(), before.get(i), peak, watched.get(i).rss(), List.copyOf(taken)));
        }
        Result result = new Result(label, response.statusCode(), Math.max(0, lines - 1), bytes, seconds, memory);
        Report.progress(
                "%s: HTTP %d, %,d rows, %,d MB in %.1f s", label, result.status(), result.rows(), bytes >> 20, seconds);
        return result;
    }
}
