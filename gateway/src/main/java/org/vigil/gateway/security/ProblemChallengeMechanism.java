package org.vigil.gateway.security;

import io.quarkus.oidc.runtime.OidcAuthenticationMechanism;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import java.util.Set;
import org.vigil.gateway.problem.Problem;
import org.vigil.gateway.ratelimit.RateLimiting;
import org.vigil.tokens.RememberedTokens;

/**
 * Bearer-token authentication exactly as quarkus-oidc does it, except that a token verified
 * before is remembered for a short while ({@link RememberedTokens}) and that the 401 challenge
 * carries an RFC 9457 body instead of an empty one. Quarkus sends the challenge itself (no
 * failure handler sees it), so this is the one place where its body can be written.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class ProblemChallengeMechanism implements HttpAuthenticationMechanism {

    @Inject
    OidcAuthenticationMechanism oidc;

    @Inject
    RateLimiting rateLimiting;

    @Inject
    IdentityProviderReachability identityProvider;

    private final RememberedTokens remembered = new RememberedTokens();

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        if (!context.request().headers().contains(HttpHeaders.AUTHORIZATION)) {
            // a bearer token comes only in this header (application-type=service): without it the
            // request is anonymous, which quarkus-oidc would conclude after resolving its tenant
            // for every anonymous read (a few per cent of the gateway's time, profiled)
            return Uni.createFrom().nullItem();
        }
        return remembered.authenticate(context, () -> oidc.authenticate(context, identityProviderManager));
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return oidc.getChallenge(context);
    }

    /**
     * A refused token while Keycloak does not answer may be valid (the gateway started without its
     * keys): 503 with {@code Retry-After}, so no client drops a good token. Otherwise the 401.
     */
    @Override
    public Uni<Boolean> sendChallenge(RoutingContext context) {
        if (!context.request().headers().contains(HttpHeaders.AUTHORIZATION)) {
            return challenge(context);
        }
        return identityProvider.answers().chain(answers -> {
            if (answers) {
                return challenge(context);
            }
            context.response()
                    .putHeader(
                            HttpHeaders.RETRY_AFTER,
                            Integer.toString(IdentityProviderReachability.RETRY_AFTER_SECONDS));
            Problem.identityProviderAway().send(context.response());
            return Uni.createFrom().item(true);
        });
    }

    private Uni<Boolean> challenge(RoutingContext context) {
        return oidc.getChallenge(context).map(challenge -> {
            if (challenge != null) {
                challenge.getHeaders().forEach(context.response()::putHeader);
            }
            rateLimiting.tokenRejected(context);
            Problem.challenge(context);
            return true;
        });
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
