package org.vigil.gateway.ratelimit;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * One token bucket per caller, in memory only. Memory is bounded: buckets that have refilled
 * completely are dropped by {@link #sweep()} (nothing is lost, a new one starts full), and at
 * {@code maxKeys} callers new ones share an overflow bucket of their kind until room is freed.
 */
public final class RateLimiter {

    private static final long MIN_SWEEP_GAP = TimeUnit.SECONDS.toNanos(1);

    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();
    private final RateLimitConfig.Limit anonymous;
    private final RateLimitConfig.Limit authenticated;
    private final int maxKeys;
    private final LongSupplier clock;
    private final BucketKeys keys = new BucketKeys();
    private final TokenBucket anonymousOverflow;
    private final TokenBucket authenticatedOverflow;
    private volatile long lastSweep;

    public RateLimiter(
            RateLimitConfig.Limit anonymous, RateLimitConfig.Limit authenticated, int maxKeys, LongSupplier nanoClock) {
        this.anonymous = anonymous;
        this.authenticated = authenticated;
        this.maxKeys = maxKeys;
        this.clock = nanoClock;
        long now = nanoClock.getAsLong();
        this.anonymousOverflow = new TokenBucket(anonymous, now);
        this.authenticatedOverflow = new TokenBucket(authenticated, now);
        this.lastSweep = now - MIN_SWEEP_GAP;
    }

    /** Counts a request from an anonymous client address: 0 if allowed, else nanoseconds to wait. */
    public long takeForAddress(String address) {
        return allowanceForAddress(address).waitNanos();
    }

    /** Counts a request by an authenticated caller (see {@code Caller#rateLimitKey}). */
    public long takeForCaller(String callerKey) {
        return allowanceForCaller(callerKey).waitNanos();
    }

    public Allowance allowanceForAddress(String address) {
        return take(keys.of("address", address), anonymous, anonymousOverflow);
    }

    public Allowance allowanceForCaller(String callerKey) {
        return take(keys.of("caller", callerKey), authenticated, authenticatedOverflow);
    }

    /**
     * Counts a token the gateway refused, against the address that presented it, with the
     * anonymous limit: whoever sends garbage tokens is an anonymous caller.
     */
    public void countRejectedToken(String address) {
        take(keys.of("rejected", address), anonymous, anonymousOverflow);
    }

    /**
     * Whether an address may still present a token for verification: 0 if so, else nanoseconds
     * to wait. Asked before authentication, so a flood of garbage tokens costs no verification.
     */
    public long rejectedTokensWait(String address) {
        TokenBucket bucket = buckets.get(keys.of("rejected", address));
        return bucket == null ? 0 : bucket.peek(clock.getAsLong());
    }

    public RateLimitConfig.Limit anonymousLimit() {
        return anonymous;
    }

    public RateLimitConfig.Limit authenticatedLimit() {
        return authenticated;
    }

    /** Drops every bucket that has refilled completely. */
    public void sweep() {
        long now = clock.getAsLong();
        lastSweep = now;
        buckets.values().removeIf(bucket -> bucket.isFull(now));
    }

    int trackedCallers() {
        return buckets.size();
    }

    private Allowance take(String key, RateLimitConfig.Limit limit, TokenBucket overflow) {
        long now = clock.getAsLong();
        TokenBucket bucket = buckets.get(key);
        if (bucket == null) {
            if (buckets.size() >= maxKeys && now - lastSweep >= MIN_SWEEP_GAP) {
                sweep();
            }
            bucket = buckets.size() < maxKeys
                    ? buckets.computeIfAbsent(key, k -> new TokenBucket(limit, now))
                    : overflow;
        }
        return bucket.take(now);
    }
}
