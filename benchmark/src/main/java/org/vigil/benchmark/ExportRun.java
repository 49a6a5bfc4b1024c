package org.vigil.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postgresql.copy.CopyManager;
import org.postgresql.core.BaseConnection;
import org.vigil.testing.ServiceProcess;

/**
 * Full exports, CSV and GeoJSON, of every public event, each beside PostgreSQL's own
 * {@code COPY (…) TO STDOUT} of the same rows in the same order, read through JDBC's
 * {@link CopyManager} in the same run: the database's speed is the yardstick (issue 14: at least
 * half of it, and 150,000 rows/s). Each export is read to the end as a client would, while the
 * resident memory of the processes it passes through is sampled every 200 ms.
 *
 * <p>Two COPYs per format: an equivalent {@code SELECT} that makes the database compute the
 * columns from the row itself (CSV: ACLED's 31 columns, the text ones from the stored record, in
 * {@code FORMAT csv}; GeoJSON: a {@code json_build_object} Feature per row), and the stored
 * renderings the service streams ({@code export_csv}, {@code export_feature}), which is as little
 * work as the database can do for these rows.
 */
final class ExportRun {

    /** The public events in list order: what a full export holds. */
    private static final String PUBLIC_IN_LIST_ORDER =
            " from event where merged_into is null and retracted_at is null order by sort_date desc, id desc";

    /** ACLED's 31 columns as SQL computes them from a row: the work a database-side CSV export does. */
    private static final String CSV_COLUMNS = """
            country_code || '-' || id as event_id_cnty, sort_date as event_date, extract(year from sort_date) as year,
            case when start_date = end_date then 1 when end_date - start_date < 7 then 2 else 3 end as time_precision,
            case when kind in ('rally', 'counter_protest') then 'Demonstrations' else 'Political violence' end
                as disorder_type,
            case kind when 'rally' then 'Protests' when 'counter_protest' then 'Protests' else 'Strategic developments' end
                as event_type,
            case when kind = 'rally' then 'Peaceful protest' else kind end as sub_event_type,
            coalesce(record #>> '{actors,0,name}', 'Protesters (' || country_code || ')') as actor1,
            record #>> '{actors,1,name}' as assoc_actor_1, 6 as inter1, record #>> '{actors,2,name}' as actor2,
            record #>> '{actors,3,name}' as assoc_actor_2, null as inter2, 60 as interaction, null as civilian_targeting,
            0 as iso, null as region, country_code as country, record #>> '{place,admin1}' as admin1, null as admin2,
            null as admin3, city as location, lat as latitude, lon as longitude,
            case when city is null then 3 else 1 end as geo_precision, record #>> '{sources,0,publisher}' as source,
            'National' as source_scale, coalesce(record ->> 'summary', title) as notes,
            coalesce((record #>> '{figures,killed,low}')::bigint, 0) as fatalities,
            'crowd size=' || coalesce(attendance::text, 'no report') as tags,
            extract(epoch from updated_at)::bigint as timestamp""";

    /** A GeoJSON Feature as SQL builds it from a row. */
    private static final String FEATURE = """
            json_build_object('type', 'Feature', 'id', id,
                'geometry', case when lat is null then null
                    else json_build_object('type', 'Point', 'coordinates', json_build_array(lon, lat)) end,
                'properties', json_build_object('id', id, 'kind', kind, 'title', title, 'date', record ->> 'date',
                    'start', start_date, 'end', end_date, 'precision', record ->> 'precision', 'countryCode', country_code,
                    'country', country_code, 'admin1', record #>> '{place,admin1}', 'city', city,
                    'placePrecision', record #>> '{place,precision}', 'campaign', campaign,
                    'attendance', record #> '{figures,attendance}', 'updatedAt', updated_at))""";

    private static final Pattern RENDERED =
            Pattern.compile("export renderings up to date under rules (\\S+): (\\d+) events rendered in ([0-9.]+) s");

    /** The resident set sizes of one process over an export. */
    record Memory(String process, long before, long peak, long after, List<Long> samples) {

        /**
         * How much RSS grew after the first tenth of the export (its peak since, less its RSS then),
         * in bytes: the tenth lets the JIT and the buffers warm up, as they do on any first request;
         * a streaming export holds the same from there to the last row, one that buffers grows by its size.
         */
        long growthAfterFirstTenth() {
            if (samples.isEmpty()) {
                return peak - before;
            }
            int tenth = samples.size() / 10;
            long then = samples.get(tenth);
            return samples.subList(tenth, samples.size()).stream()
                            .mapToLong(Long::longValue)
                            .max()
                            .orElse(then)
                    - then;
        }

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

    /**
     * Processor seconds spent on one export, by whom: the processes it passed through, PostgreSQL's
     * backends of the bench database, and the benchmark reading it.
     */
    record Cost(List<String> who, List<Duration> time, BackendTime backends) {

        static Cost of(List<ServiceProcess> processes, String database) {
            List<String> who = new ArrayList<>();
            List<Duration> time = new ArrayList<>();
            for (ServiceProcess process : processes) {
                who.add(process.name());
                time.add(process.cpuTime());
            }
            who.add("the reader");
            time.add(BackendTime.ofThisJvm());
            return new Cost(who, time, BackendTime.ofDatabase(database));
        }

        Cost since(Cost before) {
            List<String> whoSpent = new ArrayList<>(who);
            List<Duration> spent = new ArrayList<>();
            for (int i = 0; i < time.size(); i++) {
                spent.add(time.get(i).minus(before.time().get(i)));
            }
            whoSpent.add("PostgreSQL");
            spent.add(backends.since(before.backends()));
            return new Cost(whoSpent, spent, backends);
        }

        Cost with(String other, Duration spent) {
            List<String> whoElse = new ArrayList<>(who);
            List<Duration> spentToo = new ArrayList<>(time);
            whoElse.add(other);
            spentToo.add(spent);
            return new Cost(whoElse, spentToo, backends);
        }

        @Override
        public String toString() {
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < who.size(); i++) {
                parts.add("%s %.1f s".formatted(who.get(i), time.get(i).toMillis() / 1000.0));
            }
            return String.join(", ", parts);
        }
    }

    record Result(String label, int status, long rows, long bytes, double seconds, List<Memory> memory, Cost cost) {

        double rowsPerSecond() {
            return rows / seconds;
        }
    }

    private final Report report;
    private final BenchDatabase database;
    private final SuiteResults results;

    ExportRun(Report report, BenchDatabase database, SuiteResults results) {
        this.report = report;
        this.database = database;
        this.results = results;
    }

    /**
     * Waits until the service has brought every stored rendering up to its rules (after a load, or a
     * change of the rules, it renders them in the background) and reports how long that took: it
     * says so in its log, of which this start's part begins at {@code logStart}.
     */
    void awaitRenderings(Path serviceLog, long logStart, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            byte[] log = Files.readAllBytes(serviceLog);
            Matcher done = RENDERED.matcher(new String(log, (int) logStart, log.length - (int) logStart));
            if (done.find()) {
                report.line(
                        "Stored export renderings brought up to the service's rules (%s) at its start: %,d events in %s s",
                        done.group(1), Long.parseLong(done.group(2)), done.group(3));
                Report.progress("export renderings: %s events rendered in %s s", done.group(2), done.group(3));
                return;
            }
            Thread.sleep(1000);
        }
        report.line("Stored export renderings NOT up to date after %s: exports render the rest as they go", timeout);
    }

    /** One format: the service directly, COPY twice, and through the gateway when there is one. */
    void compare(String format, String path, String token, ServiceProcess service, ServiceProcess gateway)
            throws Exception {
        boolean csv = format.equals("CSV");
        Result equivalent = copy(
                csv ? "COPY of the 31 columns computed by SQL (FORMAT csv)" : "COPY of json_build_object Features",
                csv
                        ? "copy (select " + CSV_COLUMNS + PUBLIC_IN_LIST_ORDER + ") to stdout (format csv, header)"
                        : "copy (select " + FEATURE + PUBLIC_IN_LIST_ORDER + ") to stdout");
        Result direct = measure("events-service, direct", service.uri(path), token, List.of(service));
        Result stored = copy(
                "COPY of the stored renderings",
                "copy (select " + (csv ? "export_csv" : "export_feature") + PUBLIC_IN_LIST_ORDER + ") to stdout");
        Result viaGateway = gateway == null
                ? null
                : measure("through the gateway (anonymous)", gateway.uri(path), null, List.of(gateway, service));

        report.line(
                "GET %s, every event, beside COPY of the same rows (targets: ≥ 0.5× COPY, ≥ 150,000 rows/s, memory flat)",
                path);
        report.line("  %-56s %9s %11s %9s %12s", "", "rows", "seconds", "MiB", "rows/s");
        for (Result result : new Result[] {equivalent, stored, direct, viaGateway}) {
            if (result == null) {
                continue;
            }
            report.line(
                    "  %-56s %,9d %11.1f %9d %,12.0f%s",
                    result.label(),
                    result.rows(),
                    result.seconds(),
                    result.bytes() >> 20,
                    result.rowsPerSecond(),
                    result.status() == 200 ? "" : "  HTTP " + result.status());
            report.line("      processor time: %s", result.cost());
        }
        for (Result result : viaGateway == null ? new Result[] {direct} : new Result[] {direct, viaGateway}) {
            report.line(
                    "  %s: %.2f× the COPY of computed columns, %.2f× the COPY of stored renderings; %s 150,000 rows/s",
                    result.label(),
                    result.rowsPerSecond() / equivalent.rowsPerSecond(),
                    result.rowsPerSecond() / stored.rowsPerSecond(),
                    result.rowsPerSecond() >= 150_000 ? "meets" : "MISSES");
            for (Memory memory : result.memory()) {
                report.line(
                        "    RSS of %-14s before %4d MiB, peak %4d MiB, after %4d MiB; at 10/30/50/70/90 %%: %s MiB",
                        memory.process(),
                        memory.before() >> 20,
                        memory.peak() >> 20,
                        memory.after() >> 20,
                        memory.timeline());
            }
        }
        report.line("");
        record(format, "direct", direct, stored, equivalent);
        if (viaGateway == null) {
            results.notMeasured(
                    List.of(
                            Targets.export(format, "copy", "gateway"),
                            Targets.export(format, "rate", "gateway"),
                            Targets.export(format, "memory", "gateway")),
                    "no gateway (BENCH_GATEWAY=0, or none packaged)");
        } else {
            record(format, "gateway", viaGateway, stored, equivalent);
        }
    }

    /** Item 5: rows/s beside the COPY of the stored renderings and on its own, and the growth of RSS. */
    private void record(String format, String path, Result export, Result stored, Result computed) {
        Target copy = Targets.export(format, "copy", path);
        Target rate = Targets.export(format, "rate", path);
        Target memory = Targets.export(format, "memory", path);
        if (export.status() != 200) {
            results.notMeasured(List.of(copy, rate, memory), "HTTP " + export.status());
            return;
        }
        String size = "%,d rows, %,d MiB in %.1f s".formatted(export.rows(), export.bytes() >> 20, export.seconds());
        results.ratio(
                copy,
                export.rowsPerSecond(),
                stored.rowsPerSecond(),
                "rows/s",
                "%s; %.2f× the COPY that computes the columns",
                size,
                export.rowsPerSecond() / computed.rowsPerSecond());
        results.record(rate, export.rowsPerSecond(), "%s", size);
        Memory grew = export.memory().stream()
                .max(java.util.Comparator.comparingLong(Memory::growthAfterFirstTenth))
                .orElseThrow();
        results.record(
                memory,
                grew.growthAfterFirstTenth() / (1024.0 * 1024.0),
                "%s: before %d MiB, peak %d, after %d; %d samples; at 10/30/50/70/90 %%: %s MiB",
                grew.process(),
                grew.before() >> 20,
                grew.peak() >> 20,
                grew.after() >> 20,
                grew.samples().size(),
                grew.timeline());
    }

    /** A COPY … TO STDOUT read to the end through JDBC; its rows are its lines (less the header, if any). */
    Result copy(String label, String sql) throws Exception {
        LineCount out = new LineCount();
        Cost cost;
        long started = System.nanoTime();
        try (Connection connection = database.connect()) {
            Cost before = Cost.of(List.of(), database.name());
            new CopyManager(connection.unwrap(BaseConnection.class)).copyOut(sql, out);
            cost = Cost.of(List.of(), database.name()).since(before);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long rows = sql.contains("header") ? out.lines - 1 : out.lines;
        Report.progress("%s: %,d rows, %,d MB in %.1f s", label, rows, out.bytes >> 20, seconds);
        return new Result(label, 200, rows, out.bytes, seconds, List.of(), cost);
    }

    /** One export over HTTP; rows are counted as lines (CSV: less the header; GeoJSON: features). */
    Result measure(String label, URI uri, String token, List<ServiceProcess> watched) throws Exception {
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

        boolean geoJson = uri.getPath().endsWith(".geojson");
        Path curlReport = Files.createTempFile("export-curl", ".txt");
        Cost spentBefore = Cost.of(watched, database.name());
        long started = System.nanoTime();
        sampler.start();
        // curl reads it, as a partner would download it; the JDK's HttpClient took as much processor
        // time as the service itself, on the same two cores (docs/benchmark.md)
        Process curl = new ProcessBuilder(
                        "/usr/bin/time",
                        "-f",
                        "cpu %U %S",
                        "curl",
                        "-sS",
                        "-H",
                        "@-",
                        "-w",
                        "%{stderr}status %{http_code}\n",
                        uri.toString())
                .redirectError(curlReport.toFile())
                .start();
        try (OutputStream headers = curl.getOutputStream()) {
            if (token != null) {
                headers.write(("Authorization: Bearer " + token + "\n").getBytes(StandardCharsets.US_ASCII));
            }
        }
        long bytes = 0;
        long lines = 0;
        long features = 0;
        byte[] buffer = new byte[64 * 1024];
        byte[] marker = "{\"type\":\"Feature\"".getBytes(StandardCharsets.US_ASCII);
        int matched = 0;
        try (InputStream body = curl.getInputStream()) {
            for (int read = body.read(buffer); read >= 0; read = body.read(buffer)) {
                bytes += read;
                for (int i = 0; i < read; i++) {
                    byte b = buffer[i];
                    if (b == '\n') {
                        lines++;
                    }
                    if (geoJson) {
                        matched = b == marker[matched] ? matched + 1 : b == marker[0] ? 1 : 0;
                        if (matched == marker.length) {
                            features++;
                            matched = 0;
                        }
                    }
                }
            }
        }
        curl.waitFor();
        double seconds = (System.nanoTime() - started) / 1e9;
        Cost cost = Cost.of(watched, database.name()).since(spentBefore);
        CurlReport downloaded = CurlReport.of(curlReport);
        cost = cost.with("curl", downloaded.cpu());
        sampler.interrupt();
        sampler.join();
        List<Memory> memory = new ArrayList<>();
        for (int i = 0; i < watched.size(); i++) {
            List<Long> taken = samples.get(i);
            long peak = taken.stream().mapToLong(Long::longValue).max().orElse(-1);
            memory.add(new Memory(
                    watched.get(i).name(), before.get(i), peak, watched.get(i).rss(), List.copyOf(taken)));
        }
        long rows = geoJson ? features : Math.max(0, lines - 1);
        Result result = new Result(label, downloaded.status(), rows, bytes, seconds, memory, cost);
        Report.progress(
                "%s %s: HTTP %d, %,d rows, %,d MB in %.1f s",
                uri.getPath(), label, result.status(), rows, bytes >> 20, seconds);
        return result;
    }

    /** What curl and {@code time} wrote after a download: its HTTP status and curl's processor time. */
    private record CurlReport(int status, Duration cpu) {

        private static final Pattern STATUS = Pattern.compile("status (\\d+)");
        private static final Pattern CPU = Pattern.compile("cpu ([0-9.]+) ([0-9.]+)");

        static CurlReport of(Path written) throws IOException {
            String text = Files.readString(written);
            Files.delete(written);
            Matcher status = STATUS.matcher(text);
            Matcher cpu = CPU.matcher(text);
            if (!status.find() || !cpu.find()) {
                throw new IllegalStateException("curl failed: " + text.strip());
            }
            double seconds = Double.parseDouble(cpu.group(1)) + Double.parseDouble(cpu.group(2));
            return new CurlReport(Integer.parseInt(status.group(1)), Duration.ofMillis(Math.round(seconds * 1000)));
        }
    }

    /** Counts bytes and line ends of what COPY sends, and keeps none of it. */
    private static final class LineCount extends OutputStream {

        long bytes;
        long lines;

        @Override
        public void write(int b) {
            bytes++;
            if (b == '\n') {
                lines++;
            }
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
            for (int i = off; i < off + len; i++) {
                if (b[i] == '\n') {
                    lines++;
                }
            }
        }
    }
}
