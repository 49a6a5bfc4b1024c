package org.vigil.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;

/**
 * A small OpenID provider for tests: it publishes discovery and a JWKS like Keycloak's realm
 * endpoints and signs tokens shaped like Keycloak's (roles in {@code realm_access.roles}, scopes
 * in {@code scope}, audience {@code vigil-api}) with its own RSA key, so services validate real
 * signatures against a real HTTP endpoint. One per test JVM.
 */
public final class TestIdentityProvider {

    public static final String AUDIENCE = "vigil-api";
    private static final String KEY_ID = "vigil-test-key";

    private static TestIdentityProvider running;

    private final HttpServer server;
    private final KeyPair keys;
    private final String issuer;
    private final Map<String, Set<String>> clientRoles = new HashMap<>();

    private TestIdentityProvider() throws IOException {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            keys = generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        issuer = "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/vigil";
        server.createContext("/realms/vigil/.well-known/openid-configuration", this::discovery);
        server.createContext("/realms/vigil/protocol/openid-connect/certs", this::jwks);
        server.createContext("/realms/vigil/protocol/openid-connect/token", this::token);
        server.setExecutor(Executors.newFixedThreadPool(2));
        server.start();
        clientRoles.put("vigil-gateway", Set.of("gateway"));
    }

    public static synchronized TestIdentityProvider start() {
        if (running == null) {
            try {
                running = new TestIdentityProvider();
            } catch (IOException e) {
                throw new IllegalStateException("the test identity provider could not start", e);
            }
        }
        return running;
    }

    public String issuer() {
        return issuer;
    }

    /** A token for a person logged in through the realm. */
    public String userToken(String username, String... roles) {
        return sign(claims("user-" + username, roles)
                .preferredUserName(username)
                .claim("azp", "vigil-cli")
                .claim("scope", "openid profile"));
    }

    /** A token a partner's service account gets with the client-credentials grant. */
    public String clientToken(String clientId, Set<String> scopes, String... roles) {
        return sign(claims("service-account-" + clientId, roles)
                .preferredUserName("service-account-" + clientId)
                .claim("azp", clientId)
                .claim("scope", String.join(" ", scopes)));
    }

    /** A correctly signed token for another audience: services must refuse it. */
    public String tokenForAnotherAudience(String username, String... roles) {
        return sign(claims("user-" + username, roles).audience("another-api"));
    }

    /** A token that expired a minute ago. */
    public String expiredToken(String username, String... roles) {
        long now = System.currentTimeMillis() / 1000;
        return sign(claims("user-" + username, roles).issuedAt(now - 600).expiresAt(now - 60));
    }

    private JwtClaimsBuilder claims(String subject, String... roles) {
        return Jwt.issuer(issuer)
                .subject(subject)
                .audience(Set.of(AUDIENCE))
                .claim("realm_access", Map.of("roles", List.of(roles)))
                .claim("typ", "Bearer")
                .claim("jti", UUID.randomUUID().toString())
                .expiresIn(3600);
    }

    private String sign(JwtClaimsBuilder claims) {
        return claims.jws()
                .keyId(KEY_ID)
                .algorithm(io.smallrye.jwt.algorithm.SignatureAlgorithm.RS256)
                .sign(keys.getPrivate());
    }

    private void discovery(HttpExchange exchange) throws IOException {
        String base = issuer + "/protocol/openid-connect";
        respond(exchange, 200, """
                {"issuer":"%s","jwks_uri":"%s/certs","token_endpoint":"%s/token",
                 "authorization_endpoint":"%s/auth","userinfo_endpoint":"%s/userinfo",
                 "id_token_signing_alg_values_supported":["RS256"],
                 "grant_types_supported":["client_credentials","password"]}""".formatted(issuer, base, base, base, base));
    }

    private void jwks(HttpExchange exchange) throws IOException {
        RSAPublicKey key = (RSAPublicKey) keys.getPublic();
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        respond(exchange, 200, """
                {"keys":[{"kid":"%s","kty":"RSA","alg":"RS256","use":"sig","n":"%s","e":"%s"}]}""".formatted(
                        KEY_ID,
                        b64.encodeToString(unsigned(key.getModulus().toByteArray())),
                        b64.encodeToString(unsigned(key.getPublicExponent().toByteArray()))));
    }

    /** The client-credentials grant, for services (the gateway) that fetch their own token. */
    private void token(HttpExchange exchange) throws IOException {
        String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Map<String, String> fields = new HashMap<>();
        for (String pair : form.split("&")) {
            String[] kv = pair.split("=", 2);
            if (kv.length == 2) {
                fields.put(
                        URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                        URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
            }
        }
        String clientId = fields.get("client_id");
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (clientId == null && authorization != null && authorization.startsWith("Basic ")) {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6)), StandardCharsets.UTF_8);
            clientId = URLDecoder.decode(decoded.split(":", 2)[0], StandardCharsets.UTF_8);
        }
        if (!"client_credentials".equals(fields.get("grant_type")) || clientId == null) {
            respond(exchange, 400, "{\"error\":\"unsupported_grant_type\"}");
            return;
        }
        String token = clientToken(
                clientId, Set.of(), clientRoles.getOrDefault(clientId, Set.of()).toArray(String[]::new));
        respond(exchange, 200, """
                {"access_token":"%s","token_type":"Bearer","expires_in":3600}""".formatted(token));
    }

    private static byte[] unsigned(byte[] bytes) {
        return bytes.length > 1 && bytes[0] == 0 ? Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
