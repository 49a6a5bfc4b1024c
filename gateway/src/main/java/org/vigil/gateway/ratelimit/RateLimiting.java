package org.vigil.gateway.ratelimit;

import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.vigil.gateway.problem.Problem;
import org.vigil.gateway.security.Caller;

/**
 * Lets a request through or answers 429 with {@code Retry-After}: per subject or client for
 * requests with a token, per client address for anonymous ones. The address is only hashed here,
 * never logged or passed on.
 */
@ApplicationScoped
public class RateLimiting implements Handler<RoutingContext> {

    private final boolean enabled;
    private final RateLimiter limiter;
    private final Vertx vertx;
    private final long sweeper;

    RateLimiting(RateLimitConfig config, Vertx vertx) {
        this.enabled = config.enabled();
        this.limiter = new RateLimiter(config.anonymous(), config.authenticated(), config.maxKeys(), System::nanoTime);
        this.vertx = vertx;
        this.sweeper = vertx.setPeriodic(config.sweepInterval().toMillis(), id -> limiter.sweep());
    }

    @PreDestroy
    void stop() {
        vertx.cancelTimer(sweeper);
    }

    @Override
    public void handle(RoutingContext rc) {
        if (!enabled) {
            rc.next();
            return;
        }
        long waitNanos = Caller.of(rc)
                .map(caller -> limiter.takeForCaller(caller.rateLimitKey()))
                .orElseGet(() -> limiter.takeForAddress(addressOf(rc)));
        if (waitNanos == 0) {
            rc.next();
            return;
        }
        long seconds = Math.max(1, -Math.floorDiv(-waitNanos, 1_000_000_000L));
        rc.response().putHeader("Retry-After", Long.toString(seconds));
        Problem.rateLimited(seconds).send(rc.response());
    }

    private static String addressOf(RoutingContext rc) {
        SocketAddress address = rc.request().remoteAddress();
        if (address == null) {
            return "";
        }
        return address.hostAddress() != null ? address.hostAddress() : String.valueOf(address.path());
    }
}
