package org.vigil.gateway.ratelimit;

import io.vertx.core.MultiMap;

/**
 * The {@code RateLimit-Policy} and {@code RateLimit} fields of the IETF draft
 * draft-ietf-httpapi-ratelimit-headers (structured fields): {@code "anonymous";q=120;w=12} and
 * {@code "anonymous";r=57;t=5}. A token bucket maps onto them as: quota {@code q} = the burst,
 * window {@code w} = the seconds in which a spent burst comes back whole, remaining {@code r} =
 * the requests that may be made right now, {@code t} = the seconds until the burst is whole again.
 */
final class RateLimitFields {

    private RateLimitFields() {}

    static void put(MultiMap headers, String policy, RateLimitConfig.Limit limit, Allowance allowance) {
        long window = limit.perMinute() > 0 ? Math.max(1, ceilDiv(limit.burst() * 60L, limit.perMinute())) : 0;
        headers.set("RateLimit-Policy", "\"" + policy + "\";q=" + limit.burst() + ";w=" + window);
        long untilFull = allowance.nanosUntilFull() == Long.MAX_VALUE
                ? window
                : ceilDiv(allowance.nanosUntilFull(), 1_000_000_000L);
        headers.set("RateLimit", "\"" + policy + "\";r=" + Math.max(0, allowance.remaining()) + ";t=" + untilFull);
    }

    private static long ceilDiv(long a, long b) {
        return -Math.floorDiv(-a, b);
    }
}
