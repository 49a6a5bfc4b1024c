package org.vigil.gateway.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private record Limit(int burst, int perMinute) implements RateLimitConfig.Limit {}

    private long now = TimeUnit.HOURS.toNanos(1);

    private RateLimiter limiter(int maxKeys) {
        return new RateLimiter(new Limit(2, 60), new Limit(3, 60), maxKeys, () -> now);
    }

    @Test
    void spentBucketSaysHowLongToWait() {
        RateLimiter limiter = limiter(10);
        limiter.takeForAddress("192.0.2.1");
        limiter.takeForAddress("192.0.2.1");

        long wait = limiter.takeForAddress("192.0.2.1");

        assertEquals(TimeUnit.SECONDS.toNanos(1), wait, TimeUnit.MILLISECONDS.toNanos(1));
    }

    @Test
    void bucketRefillsAtTheConfiguredRate() {
        RateLimiter limiter = limiter(10);
        limiter.takeForAddress("192.0.2.1");
        limiter.takeForAddress("192.0.2.1");

        now += TimeUnit.SECONDS.toNanos(1);

        assertEquals(0, limiter.takeForAddress("192.0.2.1"));
    }

    @Test
    void authenticatedCallersHaveTheirOwnLimit() {
        RateLimiter limiter = limiter(10);
        for (int i = 0; i < 3; i++) {
            assertEquals(0, limiter.takeForCaller("sub:alice"));
        }

        assertTrue(limiter.takeForCaller("sub:alice") > 0);
        assertEquals(0, limiter.takeForCaller("sub:bob"));
        assertEquals(0, limiter.takeForAddress("192.0.2.1"));
    }

    @Test
    void sweepDropsOnlyBucketsThatHaveRefilled() {
        RateLimiter limiter = limiter(10);
        limiter.takeForAddress("192.0.2.1");
        now += TimeUnit.SECONDS.toNanos(5);
        limiter.takeForAddress("192.0.2.2");

        limiter.sweep();

        assertEquals(1, limiter.trackedCallers());
    }

    @Test
    void neverTracksMoreCallersThanConfigured() {
        RateLimiter limiter = limiter(100);
        for (int i = 0; i < 1000; i++) {
            limiter.takeForAddress("198.51.100." + i);
        }

        assertEquals(100, limiter.trackedCallers());
    }

    @Test
    void callersBeyondTheMaximumShareOneBucket() {
        RateLimiter limiter = limiter(1);
        limiter.takeForAddress("192.0.2.1");
        limiter.takeForAddress("192.0.2.2");
        limiter.takeForAddress("192.0.2.3");

        assertTrue(limiter.takeForAddress("192.0.2.4") > 0);
    }

    @Test
    void addressThatSentTooManyRefusedTokensMustWaitBeforeTheNext() {
        RateLimiter limiter = limiter(10);
        limiter.countRejectedToken("192.0.2.1");
        limiter.countRejectedToken("192.0.2.1");

        assertTrue(limiter.rejectedTokensWait("192.0.2.1") > 0);
        assertEquals(0, limiter.rejectedTokensWait("192.0.2.2"));
    }

    @Test
    void refusedTokensDoNotSpendTheAnonymousReadsOfTheirAddress() {
        RateLimiter limiter = limiter(10);
        limiter.countRejectedToken("192.0.2.1");
        limiter.countRejectedToken("192.0.2.1");

        assertEquals(0, limiter.takeForAddress("192.0.2.1"));
    }

    @Test
    void allowanceSaysWhatIsLeftAndWhenTheBurstIsBack() {
        RateLimiter limiter = limiter(10);

        Allowance allowance = limiter.allowanceForCaller("sub:alice");

        assertEquals(2, allowance.remaining());
        assertEquals(TimeUnit.SECONDS.toNanos(1), allowance.nanosUntilFull(), TimeUnit.MILLISECONDS.toNanos(1));
    }
}
