package org.vigil.web.api;

import io.quarkus.oidc.client.OidcClient;
import io.quarkus.oidc.client.Tokens;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The web app's own access token (client-credentials grant). The services accept no request
 * without a token, public reads included; the web app reads on behalf of anonymous readers, as
 * the gateway does. Kept until shortly before it expires; concurrent pages share one request.
 */
@ApplicationScoped
public class ApiToken {

    @Inject
    OidcClient client;

    private volatile Tokens current;
    private final AtomicReference<Uni<Tokens>> pending = new AtomicReference<>();

    /** The value of an {@code Authorization} header. */
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
