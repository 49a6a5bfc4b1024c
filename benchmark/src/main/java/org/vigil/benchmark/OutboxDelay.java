package org.vigil.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;

/**
 * A service's outbox send delay ({@code vigil.outbox.send.delay}: from an outbox row's creation
 * to the broker accepting it) and inbox receive delay ({@code vigil.inbox.receive.delay}: from the
 * sender's creation of a message to its effect committed here, the whole hop), read from its
 * Prometheus metrics, with the mean number of messages its inbox applied per transaction: how
 * much of a hop is the relay's and how much the consumer's. The timers' percentiles are over their
 * recent window, their counts and means over the service's life.
 */
final class OutboxDelay {

    private OutboxDelay() {}

    static String scrape(HttpClient http, URI metrics, String service) {
        return scrape(http, metrics, service, "vigil_outbox_send_delay_seconds", "outbox send delay", "sent");
    }

    static String scrapeInbox(HttpClient http, URI metrics, String service) {
        String delay =
                scrape(http, metrics, service, "vigil_inbox_receive_delay_seconds", "inbox receive delay", "applied");
        double[] groups = new double[2];
        try {
            for (String line : get(http, metrics).split("\n")) {
                if (line.startsWith("vigil_inbox_group_size_count")) {
                    groups[0] += value(line);
                } else if (line.startsWith("vigil_inbox_group_size_sum")) {
                    groups[1] += value(line);
                }
            }
        } catch (Exception e) {
            return delay;
        }
        return String.format(
                Locale.ROOT,
                "%s; %,.0f transactions, %.1f messages each",
                delay,
                groups[0],
                groups[0] == 0 ? 0 : groups[1] / groups[0]);
    }

    private static String get(HttpClient http, URI metrics) throws Exception {
        return http.send(
                        HttpRequest.newBuilder(metrics)
                                .timeout(Duration.ofSeconds(10))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
    }

    private static double value(String line) {
        return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
    }

    private static String scrape(
            HttpClient http, URI metrics, String service, String metric, String what, String done) {
        double count = 0;
        double sum = 0;
        double max = 0;
        double p50 = Double.NaN;
        double p99 = Double.NaN;
        try {
            for (String line : get(http, metrics).split("\n")) {
                if (!line.startsWith(metric)) {
                    continue;
                }
                double value = value(line);
                if (line.startsWith(metric + "_count")) {
                    count += value;
                } else if (line.startsWith(metric + "_sum")) {
                    sum += value;
                } else if (line.startsWith(metric + "_max")) {
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
                "%s of %-18s %,6.0f %s, mean %6.1f ms, recent p50 %6.1f ms, p99 %6.1f ms, max %6.1f ms",
                what,
                service + ":",
                count,
                done,
                count == 0 ? 0 : sum / count * 1000,
                p50 * 1000,
                p99 * 1000,
                max * 1000);
    }
}
