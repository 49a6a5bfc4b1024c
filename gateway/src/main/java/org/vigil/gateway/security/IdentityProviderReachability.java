package org.vigil.gateway.security;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.ext.web.client.WebClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whether Keycloak answers right now, asked only when a presented token was refused: a gateway that
 * started while Keycloak was away has no keys to verify tokens with, and the holder of a valid one
 * is told to come back (503 with {@code Retry-After}), not that the token is bad (401). An answer
 * is remembered for a few seconds, so a burst of refusals costs one request.
 */
@ApplicationScoped
public class IdentityProviderReachability {

    /** About what a restart of Keycloak takes. */
    public static final int RETRY_AFTER_SECONDS = 10;

    private static final long REMEMBER_NANOS = Duration.ofSeconds(5).toNanos();
    private static final long TIMEOUT_MILLIS = 2000;

    private final WebClient web;
    private final String discovery;
    private volatile long askedAt;
    private volatile boolean answered = true;

    IdentityProviderReachability(Vertx vertx, @ConfigProperty(name = "quarkus.oidc.auth-server-url") String realm) {
        this.web = WebClient.create(vertx);
        this.discovery = realm.replaceAll("/+$", "") + "/.well-known/openid-configuration";
        this.askedAt = System.nanoTime() - REMEMBER_NANOS - 1;
    }

    Uni<Boolean> answers() {
        if (System.nanoTime() - askedAt < REMEMBER_NANOS) {
            return Uni.createFrom().item(answered);
        }
        return web.getAbs(discovery)
                .timeout(TIMEOUT_MILLIS)
                .send()
                .map(response -> response.statusCode() == 200)
                .onFailure()
                .recoverWithItem(false)
                .invoke(now -> {
                    answered = now;
                    askedAt = System.nanoTime();
                });
    }
}
