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

    /** Takes a token if one is there, and says what is left. */
    synchronized Allowance take(long now) {
        refill(now);
        long wait = 0;
        if (tokens >= 1) {
            tokens -= 1;
        } else {
            wait = nanosUntil(1);
        }
        return new Allowance(wait, (long) Math.floor(tokens), nanosUntil(capacity));
    }

    /** Whether a token is there, without taking it: 0 if so, else the nanoseconds until one will be. */
    synchronized long peek(long now) {
        refill(now);
        return tokens >= 1 ? 0 : nanosUntil(1);
    }

    /** A full bucket holds nothing worth remembering: dropping it changes no answer. */
    synchronized boolean isFull(long now) {
        refill(now);
        return tokens >= capacity;
    }

    private long nanosUntil(double level) {
        if (tokens >= level) {
            return 0;
        }
        return tokensPerNano > 0 ? Math.max(1, (long) Math.ceil((level - tokens) / tokensPerNano)) : Long.MAX_VALUE;
    }

    private void refill(long now) {
        if (now > updatedAt) {
            tokens = Math.min(capacity, tokens + (now - updatedAt) * tokensPerNano);
            updatedAt = now;
        }
    }
}
