package org.vigil.gateway.ratelimit;

/** A token bucket on a nanosecond clock: full at the start, one token per request. */
final class TokenBucket {

    private final double capacity;
    private final double tokensPerNano;
    private double tokens;
    private long updatedAt;

    TokenBucket(RateLimitConfig.Limit limit, long now) {
        this.capacity = limit.burst();
        this.tokensPerNano = limit.perMinute() / 60e9;
        this.tokens = capacity;
        this.updatedAt = now;
    }

    /** Takes a token: 0 when one was there, otherwise the nanoseconds until one will be. */
    synchronized long take(long now) {
        refill(now);
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        return tokensPerNano > 0 ? Math.max(1, (long) Math.ceil((1 - tokens) / tokensPerNano)) : Long.MAX_VALUE;
    }

    /** A full bucket holds nothing worth remembering: dropping it changes no answer. */
    synchronized boolean isFull(long now) {
        refill(now);
        return tokens >= capacity;
    }

    private void refill(long now) {
        if (now > updatedAt) {
            tokens = Math.min(capacity, tokens + (now - updatedAt) * tokensPerNano);
            updatedAt = now;
        }
    }
}
