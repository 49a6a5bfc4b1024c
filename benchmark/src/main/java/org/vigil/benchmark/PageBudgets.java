package org.vigil.benchmark;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.vigil.testing.ServiceProcess;

/**
 * The web app's budgets (issue 10, item 10): what a reader downloads for the home page before any
 * map data, as the gateway serves it to a browser that accepts gzip, and how fast an event page is
 * rendered at the benchmark's record size.
 */
final class PageBudgets {

    static final long HOME_BUDGET_BYTES = 250 * 1024;
    static final double EVENT_PAGE_P99_MS = 50;

    private static final Pattern STYLESHEET = Pattern.compile("<link rel=\"stylesheet\" href=\"([^\"]+)\"");
    private static final Pattern SCRIPT = Pattern.compile("<script[^>]* src=\"([^\"]+)\"");

    private final HttpClient http;
    private final Report report;

    PageBudgets(HttpClient http, Report report) {
        this.http = http;
        this.report = report;
    }

    /**
     * The home page's HTML, stylesheets and scripts, each as many bytes as cross the wire (gzip where the
     * gateway compresses; it never compresses pages). Map data (the Natural Earth atlas, the GeoJSON) and
     * fonts, which load after, are left out as the budget says.
     */
    void measureHome(URI origin) throws Exception {
        report.line(
                "Home page: HTML + CSS + JS as the gateway sends them, gzip accepted (target ≤ 250 KB before map data)");
        Transfer page = fetch(origin.resolve("/?lang=en"));
        report.line("  %-52s %9.1f KB  %s", "/ (HTML)", page.bytes() / 1024.0, page.encoding());
        long total = page.bytes();
        Set<String> assets = new LinkedHashSet<>();
        assets.addAll(all(STYLESHEET, page.text()));
        assets.addAll(all(SCRIPT, page.text()));
        for (String asset : assets) {
            Transfer transfer = fetch(origin.resolve(asset));
            report.line("  %-52s %9.1f KB  %s", asset, transfer.bytes() / 1024.0, transfer.encoding());
            total += transfer.bytes();
        }
        report.line(
                "  %-52s %9.1f KB  %s",
                "total", total / 1024.0, total <= HOME_BUDGET_BYTES ? "meets ≤ 250 KB" : "MISSES ≤ 250 KB");
        report.line("");
    }

    /** Renders random events' pages, from the web app directly and through the gateway. */
    void measureEventPage(BenchDatabase database, ServiceProcess web, ServiceProcess gateway, int warmUp, int samples)
            throws Exception {
        List<String> ids = randomEvents(database, warmUp + samples);
        report.line("GET /events/{id}, a random event's page rendered (target p99 ≤ 50 ms at 1M events)");
        report.header();
        report.latencies(
                Latencies.measure(
                        "web app, direct", warmUp, samples, i -> render(web.uri("/events/" + ids.get(i % ids.size())))),
                EVENT_PAGE_P99_MS);
        if (gateway != null) {
            report.latencies(
                    Latencies.measure(
                            "through the gateway (anonymous)",
                            warmUp,
                            samples,
                            i -> render(gateway.uri("/events/" + ids.get(i % ids.size())))),
                    EVENT_PAGE_P99_MS);
        }
        report.line("");
    }

    private void render(URI uri) throws Exception {
        send(uri, false);
    }

    /** A page or asset as a browser asks for it (in English; accepting gzip or not), which must answer 200. */
    private HttpResponse<byte[]> send(URI uri, boolean gzip) throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(uri).header("Accept-Language", "en").timeout(Duration.ofSeconds(30));
        if (gzip) {
            request.header("Accept-Encoding", "gzip");
        }
        HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(uri + " answered " + response.statusCode());
        }
        return response;
    }

    private static List<String> randomEvents(BenchDatabase database, int count) throws Exception {
        List<String> ids = new ArrayList<>();
        // a sample of pages spread over the whole table, not the newest rows a cache would hold
        try (Connection connection = database.connect();
                PreparedStatement statement =
                        connection.prepareStatement("select id from event tablesample bernoulli (?) repeatable (42)"
                                + " where merged_into is null and retracted_at is null limit ?")) {
            long events = Math.max(1, database.publicEvents());
            statement.setDouble(1, Math.min(100.0, 100.0 * count * 2 / events));
            statement.setInt(2, count);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
        }
        if (ids.isEmpty()) {
            throw new IllegalStateException("no public event to render");
        }
        return ids;
    }

    private Transfer fetch(URI uri) throws Exception {
        HttpResponse<byte[]> response = send(uri, true);
        String encoding = response.headers().firstValue("Content-Encoding").orElse("identity");
        byte[] body = encoding.equals("gzip")
                ? new GZIPInputStream(new ByteArrayInputStream(response.body())).readAllBytes()
                : response.body();
        return new Transfer(response.body().length, encoding, new String(body, StandardCharsets.UTF_8));
    }

    private static List<String> all(Pattern pattern, String html) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(html);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    /** What crossed the wire: its size, its encoding, and its text when it was not compressed. */
    private record Transfer(long bytes, String encoding, String text) {}
}
