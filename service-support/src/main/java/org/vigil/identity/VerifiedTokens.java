package org.vigil.identity;

import io.quarkus.oidc.runtime.OidcAuthenticationMechanism;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * quarkus-oidc's bearer authentication, remembering for a short while the tokens it has verified;
 * every service uses it. A caller sends the same token with each of its requests (every anonymous
 * read through the gateway carries the gateway's own, a moderator's session one of theirs), and
 * verifying it anew on each request (decode, parse the JSON twice, check the RSA signature) was a
 * fifth of events-service's time under load and an eighth of moderation-service's (JFR,
 * docs/benchmark.md). A token verified once is
 * accepted again, unchanged, until it expires but for at most {@link #REMEMBER_SECONDS}; a token
 * that failed is never remembered, and a different token (a single byte) is verified in full.
 * Verification is local in any case (the realm's keys, no introspection), so nothing a later
 * verification could learn within that minute is lost, but a removed signing key: a token signed
 * with it stays accepted for at most a minute after its key left the realm's key set.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokens implements HttpAuthenticationMechanism {

    static final long REMEMBER_SECONDS = 60;
    /** A few hundred callers at a time is plenty; beyond that, start afresh rather than grow. */
    static final int MAX_REMEMBERED = 1000;

    private static final String EXPIRES = "quarkus.identity.expire-time";

    private record Verified(SecurityIdentity identity, long until) {}

    private final OidcAuthenticationMechanism oidc;
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    VerifiedTokens(OidcAuthenticationMechanism oidc) {
        this.oidc = oidc;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        String authorization = context.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization == null) {
            return oidc.authenticate(context, identityProviderManager);
        }
        Verified known = verified.get(authorization);
        if (known != null) {
            if (now() < known.until()) {
                return Uni.createFrom().item(forThisRequest(known.identity(), context));
            }
            verified.remove(authorization, known);
        }
        return oidc.authenticate(context, identityProviderManager)
                .invoke(identity -> remember(authorization, identity));
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

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return oidc.getChallenge(context);
    }

    @Override
    public Uni<Boolean> sendChallenge(RoutingContext context) {
        return oidc.sendChallenge(context);
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return oidc.getCredentialTypes();
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return oidc.getCredentialTransport(context);
    }

    @Override
    public int getPriority() {
        return oidc.getPriority() + 1;
    }
}
