package org.vigil.tokens;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Bearer tokens verified before, remembered for a short while: a caller sends the same token with
 * each of its requests (every anonymous read through the gateway carries the gateway's own, a
 * moderator's session one of theirs), and verifying it anew each time (decode, parse the JSON
 * twice, check the RSA signature) was a fifth of events-service's processor time under load, an
 * eighth of moderation-service's and more than a quarter of the gateway's (JFR,
 * docs/benchmark.md). A token verified once is accepted again, unchanged, until it expires but for
 * at most {@link #REMEMBER_SECONDS}; a token that failed is never remembered, and a different
 * token (a single byte) is verified in full. Verification is local in any case (the realm's keys,
 * no introspection), so nothing a later verification could learn within that minute is lost, but
 * a removed signing key: a token signed with it stays accepted for at most a minute after its key
 * left the realm's key set.
 */
public final class RememberedTokens {

    static final long REMEMBER_SECONDS = 60;
    /** A few hundred callers at a time is plenty; beyond that, start afresh rather than grow. */
    static final int MAX_REMEMBERED = 1000;

    private static final String EXPIRES = "quarkus.identity.expire-time";

    private record Verified(SecurityIdentity identity, long until) {}

    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    /**
     * The identity of the request's bearer token: the remembered one when this exact token was
     * verified within the last minute and has not expired, else what {@code verification} (the
     * full check) finds, remembered when it accepted the token.
     */
    public Uni<SecurityIdentity> authenticate(RoutingContext context, Supplier<Uni<SecurityIdentity>> verification) {
        String authorization = context.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization == null) {
            return verification.get();
        }
        Verified known = verified.get(authorization);
        if (known != null) {
            if (now() < known.until()) {
                return Uni.createFrom().item(forThisRequest(known.identity(), context));
            }
            verified.remove(authorization, known);
        }
        return verification.get().invoke(identity -> remember(authorization, identity));
    }

    private void remember(String authorization, SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return;
        }
        long expires = token.getExpirationTime();
        if (identity.getAttribute(EXPIRES) instanceof Long attribute) {
            expires = Math.min(expires, attribute);
        }
        long until = Math.min(expires, now() + REMEMBER_SECONDS);
        if (until <= now()) {
            return;
        }
        if (verified.size() >= MAX_REMEMBERED) {
            verified.clear();
        }
        verified.put(authorization, new Verified(identity, until));
    }

    /** The remembered identity, naming this request's context rather than the one it was verified in. */
    private static SecurityIdentity forThisRequest(SecurityIdentity identity, RoutingContext context) {
        return QuarkusSecurityIdentity.builder(identity)
                .addAttribute(RoutingContext.class.getName(), context)
                .build();
    }

    private static long now() {
        return System.currentTimeMillis() / 1000;
    }
}
