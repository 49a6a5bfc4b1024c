package org.vigil.tokens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each request goes through a real Vert.x server, so the routing context the remembered identity
 * names is a real one; the full verification is a counted stand-in for quarkus-oidc's.
 */
class RememberedTokensTest {

    private static final String TOKEN = "Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJtb2QtMSJ9.c2lnbmF0dXJl";

    private static Vertx vertx;
    private static HttpServer server;
    private static final HttpClient client = HttpClient.newHttpClient();
    private static volatile Handler handler;

    /** What the server does with the next request's context. */
    private interface Handler {
        void handle(RoutingContext context);
    }

    private record Outcome(SecurityIdentity identity, Throwable failure, RoutingContext context) {}

    private final RememberedTokens tokens = new RememberedTokens();
    private final AtomicInteger verifications = new AtomicInteger();

    @BeforeAll
    static void startServer() throws Exception {
        vertx = Vertx.vertx();
        Router router = Router.router(vertx);
        router.route().handler(context -> handler.handle(context));
        server = vertx.createHttpServer()
                .requestHandler(router)
                .listen(0, "127.0.0.1")
                .toCompletionStage()
                .toCompletableFuture()
                .get(10, TimeUnit.SECONDS);
    }

    @AfterAll
    static void stopServer() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @Test
    void aTokenVerifiedOnceIsAcceptedAgainWithoutVerifyingIt() throws Exception {
        SecurityIdentity moderator = identityExpiringIn(300);

        Outcome first = authenticate(TOKEN, accepting(moderator));
        Outcome second = authenticate(TOKEN, accepting(moderator));

        assertEquals(1, verifications.get());
        assertEquals(moderator.getPrincipal(), second.identity().getPrincipal());
        assertSame(first.identity().getPrincipal(), second.identity().getPrincipal());
    }

    @Test
    void theRememberedIdentityNamesTheRequestItServesNotTheOneItWasVerifiedIn() throws Exception {
        authenticate(TOKEN, accepting(identityExpiringIn(300)));

        Outcome second = authenticate(TOKEN, accepting(identityExpiringIn(300)));

        assertSame(second.context(), second.identity().getAttribute(RoutingContext.class.getName()));
    }

    @Test
    void aTokenDifferingInOneByteIsVerifiedInFull() throws Exception {
        authenticate(TOKEN, accepting(identityExpiringIn(300)));

        String forged = TOKEN.substring(0, TOKEN.length() - 1) + "X";
        assertThrows(AuthenticationFailedException.class, () -> rethrow(authenticate(forged, refusing())));

        assertEquals(2, verifications.get());
    }

    @Test
    void aRefusedTokenIsNeverRemembered() throws Exception {
        authenticate(TOKEN, refusing());
        Outcome again = authenticate(TOKEN, refusing());

        assertEquals(2, verifications.get());
        assertTrue(again.failure() instanceof AuthenticationFailedException);
    }

    @Test
    void anExpiredTokenIsNotRemembered() throws Exception {
        authenticate(TOKEN, accepting(identityExpiringIn(-1)));
        authenticate(TOKEN, accepting(identityExpiringIn(-1)));

        assertEquals(2, verifications.get());
    }

    @Test
    void anIdentityWhoseSessionEndsNowIsNotRemembered() throws Exception {
        SecurityIdentity ending = QuarkusSecurityIdentity.builder(identityExpiringIn(300))
                .addAttribute("quarkus.identity.expire-time", System.currentTimeMillis() / 1000)
                .build();

        authenticate(TOKEN, accepting(ending));
        authenticate(TOKEN, accepting(ending));

        assertEquals(2, verifications.get());
    }

    @Test
    void anAnonymousIdentityIsNotRemembered() throws Exception {
        SecurityIdentity anonymous =
                QuarkusSecurityIdentity.builder().setAnonymous(true).build();

        authenticate(TOKEN, accepting(anonymous));
        authenticate(TOKEN, accepting(anonymous));

        assertEquals(2, verifications.get());
    }

    @Test
    void aRequestWithoutATokenIsAlwaysVerified() throws Exception {
        authenticate(null, accepting(identityExpiringIn(300)));
        authenticate(null, accepting(identityExpiringIn(300)));

        assertEquals(2, verifications.get());
    }

    private Supplier<Uni<SecurityIdentity>> accepting(SecurityIdentity identity) {
        return () -> {
            verifications.incrementAndGet();
            return Uni.createFrom().item(identity);
        };
    }

    private Supplier<Uni<SecurityIdentity>> refusing() {
        return () -> {
            verifications.incrementAndGet();
            return Uni.createFrom().failure(new AuthenticationFailedException("signature does not verify"));
        };
    }

    /** Sends one request with this Authorization header and returns what authentication made of it. */
    private Outcome authenticate(String authorization, Supplier<Uni<SecurityIdentity>> verification) throws Exception {
        BlockingQueue<Outcome> outcomes = new LinkedBlockingQueue<>();
        handler = context -> tokens.authenticate(context, verification)
                .subscribe()
                .with(
                        identity -> {
                            outcomes.add(new Outcome(identity, null, context));
                            context.response().end();
                        },
                        failure -> {
                            outcomes.add(new Outcome(null, failure, context));
                            context.response().setStatusCode(401).end();
                        });
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.actualPort() + "/events"));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        client.send(request.build(), HttpResponse.BodyHandlers.discarding());
        return outcomes.poll(10, TimeUnit.SECONDS);
    }

    private static void rethrow(Outcome outcome) throws Throwable {
        if (outcome.failure() != null) {
            throw outcome.failure();
        }
    }

    private static SecurityIdentity identityExpiringIn(long seconds) {
        JwtClaims claims = new JwtClaims();
        claims.setSubject("mod-1");
        claims.setExpirationTime(NumericDate.fromSeconds(System.currentTimeMillis() / 1000 + seconds));
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new DefaultJWTCallerPrincipal(claims))
                .build();
    }
}
