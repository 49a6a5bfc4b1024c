package org.vigil.gateway.security;

import io.quarkus.oidc.client.OidcClient;
import io.quarkus.oidc.client.Tokens;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The gateway's own access token (client {@code vigil-gateway}, client-credentials grant), which it
 * forwards for anonymous public reads because the services accept no request without a token.
 * Renewed once half its life is over; concurrent callers share one token request. While Keycloak
 * is away the token in hand serves until it expires, so anonymous reads outlast a restart of
 * Keycloak (the realm gives this client's tokens 30 minutes, ops/keycloak/vigil-realm.json).
 */
@ApplicationScoped
public class GatewayToken {

    @Inject
    OidcClient client;

    private volatile Held current;
    private final AtomicReference<Uni<Held>> pending = new AtomicReference<>();

    /** A token, its header value (built once, not per request) and when to ask for the next one (epoch seconds). */
    private record Held(Tokens tokens, String header, long renewAt) {

        static Held of(Tokens tokens) {
            long now = Instant.now().getEpochSecond();
            Long expiresAt = tokens.getAccessTokenExpiresAt();
            return new Held(
                    tokens,
                    "Bearer " + tokens.getAccessToken(),
                    expiresAt == null ? now + 30 : now + (expiresAt - now) / 2);
        }

        boolean usable() {
            return !tokens.isAccessTokenExpired();
        }
    }

    /**
     * The {@code Authorization} header value of the token in hand while it needs no renewal, else
     * null (then ask {@link #authorization()}). The hot path of every anonymous read: no
     * {@code Uni}, no hop back onto the event loop.
     */
    public String heldAuthorization() {
        Held held = current;
        return held != null && held.usable() && Instant.now().getEpochSecond() < held.renewAt() ? held.header() : null;
    }

    /** The value of an {@code Authorization} header carrying the gateway's token. */
    public Uni<String> authorization() {
        String inHand = heldAuthorization();
        if (inHand != null) {
            return Uni.createFrom().item(inHand);
        }
        Held held = current;
        return fresh().onFailure(failure -> held != null && held.usable())
                .recoverWithItem(held)
                .map(GatewayToken::bearer);
    }

    private static String bearer(Held held) {
        return held.header();
    }

    private Uni<Held> fresh() {
        Uni<Held> inFlight = pending.get();
        if (inFlight != null) {
            return inFlight;
        }
        AtomicReference<Uni<Held>> self = new AtomicReference<>();
        Uni<Held> request = client.getTokens()
                .map(Held::of)
                .invoke(held -> current = held)
                .onTermination()
                .invoke(() -> pending.compareAndSet(self.get(), null))
                .memoize()
                .indefinitely();
        self.set(request);
        return pending.compareAndSet(null, request) ? request : fresh();
    }
}
