package org.vigil.testing;

import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The tokens an attacker tries, built from the claims of a genuine access token: each differs from
 * a token the platform accepts in one respect only, so a 401 for it proves that one check. Plain
 * JDK cryptography, because JWT libraries refuse to build most of them ({@code alg=none}, HMAC keyed
 * with a public key).
 *
 * <p>{@code trusted} is a key the realm publishes (a passive key the test registered): the claim
 * cases (issuer, audience, expiry, ID token) are signed with it, so only the claim is wrong.
 */
public final class HostileTokens {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    /** A key the realm publishes in its JWKS, with the {@code kid} it is published under. */
    public record TrustedKey(String kid, PrivateKey privateKey) {}

    private final JsonObject claims;
    private final String realmKid;
    private final PublicKey realmPublicKey;
    private final TrustedKey trusted;

    /**
     * @param genuineAccessToken a token the realm issued, whose claims the forgeries reuse
     * @param realmKid the {@code kid} the realm signs with now
     * @param realmPublicKey the realm's public key under that kid
     * @param trusted a key the realm publishes whose private half the test holds
     */
    public HostileTokens(String genuineAccessToken, String realmKid, PublicKey realmPublicKey, TrustedKey trusted) {
        this.claims = new JsonObject(part(genuineAccessToken, 1));
        this.realmKid = realmKid;
        this.realmPublicKey = realmPublicKey;
        this.trusted = trusted;
    }

    /** The genuine token's claims, signed with the trusted key and fresh: what the platform accepts. */
    public String acceptable() {
        return rs256(trusted.kid(), trusted.privateKey(), fresh(c -> {}));
    }

    /** Every forgery, by name; none may pass. */
    public Map<String, String> all() {
        long now = System.currentTimeMillis() / 1000;
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("alg=none", unsigned(fresh(c -> {})));
        tokens.put("HS256 keyed with the realm's public key (PEM)", hs256(pem(realmPublicKey), fresh(c -> {})));
        tokens.put("HS256 keyed with the realm's public key (DER)", hs256(realmPublicKey.getEncoded(), fresh(c -> {})));
        tokens.put("a foreign key under the realm's kid", rs256(realmKid, foreignKey(), fresh(c -> {})));
        tokens.put("an unknown kid", rs256("no-such-key-" + now, trusted.privateKey(), fresh(c -> {})));
        tokens.put(
                "a wrong issuer",
                rs256(
                        trusted.kid(),
                        trusted.privateKey(),
                        fresh(c -> c.put("iss", "https://attacker.example/realms/vigil"))));
        tokens.put(
                "a wrong audience",
                rs256(trusted.kid(), trusted.privateKey(), fresh(c -> c.put("aud", "another-api"))));
        tokens.put(
                "expired",
                rs256(
                        trusted.kid(),
                        trusted.privateKey(),
                        fresh(c -> c.put("iat", now - 900).put("exp", now - 300))));
        tokens.put("an ID token", rs256(trusted.kid(), trusted.privateKey(), fresh(c -> c.put("typ", "ID"))));
        return tokens;
    }

    /** The genuine claims with the given scope (a partner granted just that), signed with the trusted key. */
    public String withClaims(Consumer<JsonObject> change) {
        return rs256(trusted.kid(), trusted.privateKey(), fresh(change));
    }

    private JsonObject fresh(Consumer<JsonObject> change) {
        long now = System.currentTimeMillis() / 1000;
        JsonObject copy = claims.copy();
        copy.put("iat", now)
                .put("exp", now + 240)
                .put("jti", java.util.UUID.randomUUID().toString());
        change.accept(copy);
        return copy;
    }

    private String unsigned(JsonObject payload) {
        return encode(header("none", realmKid)) + "." + encode(payload) + ".";
    }

    private String hs256(byte[] secret, JsonObject payload) {
        String input = encode(header("HS256", realmKid)) + "." + encode(payload);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return input + "." + B64.encodeToString(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String rs256(String kid, PrivateKey key, JsonObject payload) {
        String input = encode(header("RS256", kid)) + "." + encode(payload);
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(key);
            signature.update(input.getBytes(StandardCharsets.US_ASCII));
            return input + "." + B64.encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A fresh RSA key pair: as a key the realm publishes, or as an attacker's own. */
    public static KeyPair rsaKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PrivateKey foreignKey() {
        return rsaKeyPair().getPrivate();
    }

    private static byte[] pem(PublicKey key) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(key.getEncoded());
        return ("-----BEGIN PUBLIC KEY-----\n" + body + "\n-----END PUBLIC KEY-----\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    private static JsonObject header(String alg, String kid) {
        return new JsonObject().put("alg", alg).put("typ", "JWT").put("kid", kid);
    }

    private static String encode(JsonObject node) {
        return B64.encodeToString(node.encode().getBytes(StandardCharsets.UTF_8));
    }

    /** The decoded JSON of part {@code index} (0 header, 1 claims) of a compact JWT. */
    public static String part(String jwt, int index) {
        return new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[index]), StandardCharsets.UTF_8);
    }
}
