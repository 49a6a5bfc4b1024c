package org.vigil.gateway.security;

import io.quarkus.oidc.client.OidcClient;
import io.quarkus.oidc.client.Tokens;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The gateway's own access token (client {@code vigil-gateway}, client-credentials grant), which it
 * forwards for anonymous public reads because the services accept no request without a token.
 * Kept until shortly before it expires; concurrent callers share one token request.
 */
@ApplicationScoped
public class GatewayToken {

    private final OidcClient client;
    private volatile Tokens current;
    private final AtomicReference<Uni<Tokens>> pending = new AtomicReference<>();

    GatewayToken(OidcClient client) {
        this.client = client;
    }

    /** The value of an {@code Authorization} header carrying the gateway's token. */
    public Uni<String> authorization() {
        Tokens tokens = current;
        if (tokens != null && !tokens.isAccessTokenExpired() && !tokens.isAccessTokenWithinRefreshInterval()) {
            return Uni.createFrom().item("Bearer " + tokens.getAccessToken());
        }
        return fresh().map(t -> "Bearer " + t.getAccessToken());
    }

    private Uni<Tokens> fresh() {
        Uni<Tokens> inFlight = pending.get();
        if (inFlight != null) {
            return inFlight;
        }
        AtomicReference<Uni<Tokens>> self = new AtomicReference<>();
        Uni<Tokens> request = client.getTokens()
                .invoke(tokens -> current = tokens)
                .onTermination()
                .invoke(() -> pending.compareAndSet(self.get(), null))
                .memoize()
                .indefinitely();
        self.set(request);
        return pending.compareAndSet(null, request) ? request : fresh();
    }
}
