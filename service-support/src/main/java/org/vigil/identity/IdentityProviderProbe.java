package org.vigil.identity;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whether the identity provider answers right now. A service that started while Keycloak was
 * down cannot verify any token yet: it must not tell the holder of a valid token that the token
 * is bad (401), but that it should come back shortly (503). Asked only when a presented token
 * was refused, and remembered for a few seconds, so a burst of refusals costs one request.
 */
@ApplicationScoped
public class IdentityProviderProbe {

    /** How long a client should wait before trying again: about what a restart of Keycloak takes. */
    public static final int RETRY_AFTER_SECONDS = 10;

    private static final Duration REMEMBER = Duration.ofSeconds(5);
    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    private final Optional<URI> discovery;
    private final HttpClient http;
    private volatile long checkedAt;
    private volatile boolean reachable = true;

    IdentityProviderProbe(@ConfigProperty(name = "quarkus.oidc.auth-server-url") Optional<String> realm) {
        this.discovery = realm.map(url -> URI.create(url.replaceAll("/+$", "") + "/.well-known/openid-configuration"));
        this.http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
        this.checkedAt = System.nanoTime() - REMEMBER.toNanos() - 1;
    }

    public Uni<Boolean> reachable() {
        if (discovery.isEmpty()) {
            return Uni.createFrom().item(true);
        }
        if (System.nanoTime() - checkedAt < REMEMBER.toNanos()) {
            return Uni.createFrom().item(reachable);
        }
        HttpRequest request =
                HttpRequest.newBuilder(discovery.get()).timeout(TIMEOUT).GET().build();
        return Uni.createFrom()
                .completionStage(() -> http.sendAsync(request, HttpResponse.BodyHandlers.discarding()))
                .map(response -> response.statusCode() == 200)
                .onFailure()
                .recoverWithItem(false)
                .invoke(answered -> {
                    reachable = answered;
                    checkedAt = System.nanoTime();
                });
    }
}
