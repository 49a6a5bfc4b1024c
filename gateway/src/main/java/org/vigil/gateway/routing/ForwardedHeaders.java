package org.vigil.gateway.routing;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which headers cross the gateway. Hop-by-hop headers (RFC 9110 §7.6.1, and any header the
 * {@code Connection} header names) stay on their hop. Nothing that carries a client's address goes
 * upstream: no {@code X-Forwarded-*}, {@code Forwarded}, {@code Via} or the like, whether a
 * client sent it or not, because no service may learn or store a caller's address.
 */
final class ForwardedHeaders {

    private static final Set<String> HOP_BY_HOP = Set.of(
            "connection",
            "keep-alive",
            "proxy-authenticate",
            "proxy-authorization",
            "proxy-connection",
            "te",
            "trailer",
            "transfer-encoding",
            "upgrade",
            "http2-settings");

    /**
     * Set by the gateway itself ({@code Host}, {@code Authorization}, the trace context of its own
     * span) or answered by it ({@code Expect}).
     */
    private static final Set<String> REPLACED =
            Set.of("host", "expect", "authorization", "traceparent", "tracestate", "baggage");

    private static final Set<String> CLIENT_ADDRESS = Set.of(
            "forwarded",
            "via",
            "x-forwarded-for",
            "x-forwarded-host",
            "x-forwarded-port",
            "x-forwarded-proto",
            "x-forwarded-prefix",
            "x-forwarded-server",
            "x-real-ip",
            "x-client-ip",
            "x-cluster-client-ip",
            "true-client-ip",
            "cf-connecting-ip",
            "fastly-client-ip",
            "x-original-forwarded-for");

    private ForwardedHeaders() {}

    static MultiMap towardsService(MultiMap fromClient) {
        Set<String> dropped = connectionNamed(fromClient);
        MultiMap forwarded = MultiMap.caseInsensitiveMultiMap();
        for (Map.Entry<String, String> header : fromClient) {
            String name = header.getKey().toLowerCase(Locale.ROOT);
            if (!HOP_BY_HOP.contains(name)
                    && !REPLACED.contains(name)
                    && !CLIENT_ADDRESS.contains(name)
                    && !dropped.contains(name)) {
                forwarded.add(header.getKey(), header.getValue());
            }
        }
        return forwarded;
    }

    static void towardsClient(MultiMap fromService, MultiMap toClient) {
        Set<String> dropped = connectionNamed(fromService);
        for (Map.Entry<String, String> header : fromService) {
            String name = header.getKey().toLowerCase(Locale.ROOT);
            if (!HOP_BY_HOP.contains(name) && !dropped.contains(name)) {
                toClient.add(header.getKey(), header.getValue());
            }
        }
    }

    private static Set<String> connectionNamed(MultiMap headers) {
        if (!headers.contains(HttpHeaders.CONNECTION)) {
            return Set.of();
        }
        Set<String> named = new HashSet<>();
        for (String value : headers.getAll(HttpHeaders.CONNECTION)) {
            for (String token : value.split(",")) {
                named.add(token.trim().toLowerCase(Locale.ROOT));
            }
        }
        return named;
    }
}
