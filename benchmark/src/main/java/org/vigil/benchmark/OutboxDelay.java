package org.vigil.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;

/**
 * A service's outbox send delay ({@code vigil.outbox.send.delay}: from an outbox row's creation
 * to the broker accepting it), read from its Prometheus metrics: how much of a hop is the relay's.
 * The timer's percentiles are over its recent window, its count and mean over the service's life.
 */
final class OutboxDelay {

    private OutboxDelay() {}

    static String scrape(HttpClient http, URI metrics, String service) {
        double count = 0;
        double sum = 0;
        double max = 0;
        double p50 = Double.NaN;
        double p99 = Double.NaN;
        try {
            String text = http.send(
                            HttpRequest.newBuilder(metrics)
                                    .timeout(Duration.ofSeconds(10))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            for (String line : text.split("\n")) {
                if (!line.startsWith("vigil_outbox_send_delay_seconds")) {
                    continue;
                }
                double value = Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                if (line.startsWith("vigil_outbox_send_delay_seconds_count")) {
                    count += value;
                } else if (line.startsWith("vigil_outbox_send_delay_seconds_sum")) {
                    sum += value;
                } else if (line.startsWith("vigil_outbox_send_delay_seconds_max")) {
                    max = Math.max(max, value);
                } else if (line.contains("quantile=\"0.5\"")) {
                    p50 = value;
                } else if (line.contains("quantile=\"0.99\"")) {
                    p99 = value;
                }
            }
        } catch (Exception e) {
            return service + ": no metrics (" + e.getMessage() + ")";
        }
        return String.format(
                Locale.ROOT,
                "outbox send delay of %-18s %,6.0f sent, mean %6.1f ms, recent p50 %6.1f ms, p99 %6.1f ms, max %6.1f ms",
                service + ":",
                count,
                count == 0 ? 0 : sum / count * 1000,
                p50 * 1000,
                p99 * 1000,
                max * 1000);
    }
}
