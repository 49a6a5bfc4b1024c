package org.vigil.events.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A subscription's signing secret, {@code whsec_} and 32 random bytes in base64, and the
 * Standard Webhooks signature it makes: {@code v1,} and the base64 HMAC-SHA256 of
 * {@code id.timestamp.body} keyed with the bytes after the prefix.
 */
public record SigningSecret(String value) {

    private static final String PREFIX = "whsec_";
    private static final SecureRandom RANDOM = new SecureRandom();

    public SigningSecret {
        if (value == null || !value.startsWith(PREFIX)) {
            throw new IllegalArgumentException("a signing secret starts with " + PREFIX);
        }
    }

    public static SigningSecret generate() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return new SigningSecret(PREFIX + Base64.getEncoder().encodeToString(key));
    }

    /** The {@code v1,…} signature of one message. */
    public String sign(String messageId, long timestampSeconds, String body) {
        byte[] key = Base64.getDecoder().decode(value.substring(PREFIX.length()));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] signature =
                    mac.doFinal((messageId + "." + timestampSeconds + "." + body).getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(signature);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** Never the secret itself: records are printed in logs and exceptions. */
    @Override
    public String toString() {
        return PREFIX + "…";
    }
}
