package org.vigil.moderation.sources;

import io.quarkus.oidc.client.OidcClient;
import io.quarkus.oidc.client.runtime.TokensHelper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * moderation-service's own access token (client {@code vigil-moderation}, client-credentials grant),
 * for its one call to another service: asking sources-service whether a cited source is registered.
 * Quarkus' {@link TokensHelper} keeps the token until it is due for renewal and lets concurrent
 * callers share one token request; a failed request is forgotten, so the next caller asks again.
 */
@ApplicationScoped
public class ModerationToken {

    @Inject
    OidcClient client;

    private final TokensHelper tokens = new TokensHelper();

    /** The value of an {@code Authorization} header. */
    public Uni<String> authorization() {
        return tokens.getTokens(client).map(t -> "Bearer " + t.getAccessToken());
    }
}
