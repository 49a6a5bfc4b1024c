package org.vigil.gateway.ratelimit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How many requests a caller may make: a burst, refilled at a steady rate. */
@ConfigMapping(prefix = "vigil.rate-limit")
public interface RateLimitConfig {

    @WithDefault("true")
    boolean enabled();

    /** Anonymous requests, counted per client address (held only as a keyed hash, in memory). */
    Limit anonymous();

    /** Requests with a token, counted per subject, or per client for a token without one. */
    Limit authenticated();

    /** Most callers tracked at once; beyond it new callers share one bucket until idle ones are dropped. */
    @WithDefault("100000")
    int maxKeys();

    /** How often buckets that have refilled completely (callers gone quiet) are dropped. */
    @WithDefault("30S")
    Duration sweepInterval();

    interface Limit {

        /** Requests allowed at once. */
        int burst();

        /** Requests added back per minute. */
        int perMinute();
    }
}
