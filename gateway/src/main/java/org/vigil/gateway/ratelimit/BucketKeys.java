package org.vigil.gateway.ratelimit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Names a rate-limit bucket by a keyed hash (HMAC-SHA-256) of who it counts, so the limiter never
 * holds a client address or subject in the clear. The key is random per process and never leaves
 * memory: the names cannot be reversed by guessing addresses, and mean nothing after a restart.
 */
final class BucketKeys {

    private final SecretKeySpec key;
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);
    /**
     * The last name computed on this thread: a keep-alive connection (or the trusted proxy's
     * address for a busy reader) asks for the same one request after request, and an HMAC per
     * request was the limiter's main cost. It holds one value, as the request being served does.
     */
    private final ThreadLocal<String[]> last = ThreadLocal.withInitial(() -> new String[3]);

    BucketKeys() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    String of(String kind, String value) {
        String[] cached = last.get();
        if (kind.equals(cached[0]) && value.equals(cached[1])) {
            return cached[2];
        }
        String name = name(kind, value);
        cached[0] = kind;
        cached[1] = value;
        cached[2] = name;
        return name;
    }

    private String name(String kind, String value) {
        byte[] digest = macs.get().doFinal((kind + '\u0000' + value).getBytes(StandardCharsets.UTF_8));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 16));
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is not available", e);
        }
    }
}
