package org.vigil.gateway.ratelimit;

/**
 * What a bucket said about one request: how long to wait (0: go ahead), how many requests are
 * left right now, and how long until the whole burst is back.
 */
public record Allowance(long waitNanos, long remaining, long nanosUntilFull) {

    public boolean allowed() {
        return waitNanos == 0;
    }
}
