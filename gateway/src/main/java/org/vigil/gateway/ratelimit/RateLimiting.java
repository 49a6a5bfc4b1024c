package org.vigil.gateway.ratelimit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.vigil.gateway.problem.Problem;
import org.vigil.gateway.security.Caller;

/**
 * Lets a request through or answers 429 with {@code Retry-After}: per subject or client for
 * requests with a token, per client address for anonymous ones. Every answer it lets through or
 * refuses names its policy and what is left in the IETF draft's {@code RateLimit-Policy} and
 * {@code RateLimit} fields. The address is only hashed here, never logged or passed on; behind
 * a trusted proxy it is the one that proxy names ({@code quarkus.http.proxy.*}).
 *
 * <p>Tokens the gateway refused are counted per address too, and checked before authentication
 * ({@link #beforeAuthentication}): a flood of garbage tokens is turned away without verifying each.
 *
 * <p>Every 429 is counted in {@code vigil_gateway_rate_limited_total}, tagged with the policy that
 * refused it and nothing else: never who was refused, nor the path they chose (the HTTP metrics of
 * the same requests carry the route template).
 */
// started with the gateway, not at its first request, so the counters are scraped as 0 from the start
@Startup
@ApplicationScoped
public class RateLimiting implements Handler<RoutingContext> {

    private static final String ANONYMOUS = "anonymous";
    private static final String AUTHENTICATED = "authenticated";
    private static final String REFUSED_TOKENS = "refused-tokens";

    private final boolean enabled;
    private final RateLimiter limiter;
    private final Vertx vertx;
    private final long sweeper;
    private final Map<String, Counter> refusals;

    RateLimiting(RateLimitConfig config, Vertx vertx, MeterRegistry registry) {
        this.enabled = config.enabled();
        this.limiter = new RateLimiter(config.anonymous(), config.authenticated(), config.maxKeys(), System::nanoTime);
        this.vertx = vertx;
        this.sweeper = vertx.setPeriodic(config.sweepInterval().toMillis(), id -> limiter.sweep());
        // registered up front, so a rate over them is defined before the first refusal
        this.refusals = Map.of(
                ANONYMOUS, refusalCounter(ANONYMOUS, registry),
                AUTHENTICATED, refusalCounter(AUTHENTICATED, registry),
                REFUSED_TOKENS, refusalCounter(REFUSED_TOKENS, registry));
    }

    private static Counter refusalCounter(String policy, MeterRegistry registry) {
        return Counter.builder("vigil.gateway.rate.limited")
                .description("Requests the gateway answered 429, by the rate-limit policy that refused them")
                .tag("policy", policy)
                .register(registry);
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
        Allowance allowance;
        RateLimitConfig.Limit limit;
        String policy;
        var caller = Caller.of(rc);
        if (caller.isPresent()) {
            allowance = limiter.allowanceForCaller(caller.get().rateLimitKey());
            limit = limiter.authenticatedLimit();
            policy = AUTHENTICATED;
        } else {
            allowance = limiter.allowanceForAddress(addressOf(rc));
            limit = limiter.anonymousLimit();
            policy = ANONYMOUS;
        }
        RateLimitFields.put(rc.response().headers(), policy, limit, allowance);
        if (allowance.allowed()) {
            rc.next();
            return;
        }
        refuse(rc, policy, allowance.waitNanos());
    }

    /** Before authentication: an address that has sent too many refused tokens waits before it may send another. */
    public void beforeAuthentication(RoutingContext rc) {
        if (enabled && rc.request().headers().contains(HttpHeaders.AUTHORIZATION)) {
            long wait = limiter.rejectedTokensWait(addressOf(rc));
            if (wait > 0) {
                refuse(rc, REFUSED_TOKENS, wait);
                return;
            }
        }
        rc.next();
    }

    /** A presented token was refused: counts against its address. */
    public void tokenRejected(RoutingContext rc) {
        if (enabled && rc.request().headers().contains(HttpHeaders.AUTHORIZATION)) {
            limiter.countRejectedToken(addressOf(rc));
        }
    }

    private void refuse(RoutingContext rc, String policy, long waitNanos) {
        refusals.get(policy).increment();
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
