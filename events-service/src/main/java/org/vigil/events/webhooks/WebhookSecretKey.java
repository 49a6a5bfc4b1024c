package org.vigil.events.webhooks;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.vigil.idempotency.AnswerSeal;

/**
 * The key webhook signing secrets are encrypted with at rest ({@code VIGIL_WEBHOOK_SECRET_KEY}, no
 * default: a service without one fails at start). AES-256-GCM, a fresh 12-byte nonce per value, and
 * the row the value belongs to as associated data, so a value copied to another row does not open.
 * Stored form: {@code v1:} and the base64 of nonce and ciphertext; {@code v1} names this key scheme,
 * so a later key can be told apart.
 *
 * <p>It also seals the stored first answer of a keyed {@code POST /api/v1/webhooks}, which carries
 * the secret, so a retry gets that answer while the table holds no secret in plain text.
 */
@Singleton
public class WebhookSecretKey implements AnswerSeal {

    static final String PREFIX = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    @Inject
    public WebhookSecretKey(WebhookSettings settings) {
        this(settings.secretKey());
    }

    WebhookSecretKey(String configured) {
        this.key = derive(configured);
    }

    /**
     * Any text of at least 32 bytes (e.g. {@code openssl rand -hex 32}); the AES key is its
     * SHA-256, so its form does not matter, only its entropy.
     */
    static SecretKeySpec derive(String configured) {
        if (configured == null || configured.getBytes(StandardCharsets.UTF_8).length < 32) {
            throw new IllegalArgumentException(
                    "vigil.webhooks.secret-key (VIGIL_WEBHOOK_SECRET_KEY) needs at least 32 bytes");
        }
        try {
            byte[] bytes = MessageDigest.getInstance("SHA-256")
                    .digest(("vigil webhook secrets|" + configured).getBytes(StandardCharsets.UTF_8));
            return new SecretKeySpec(bytes, "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** Builds the key outside CDI (the migration that encrypts the secrets stored before it). */
    public static WebhookSecretKey of(String configured) {
        return new WebhookSecretKey(configured);
    }

    /** A subscription's signing secret as stored: encrypted, bound to the subscription's id. */
    public String seal(SigningSecret secret, UUID subscription) {
        return seal(secret.value(), subscription.toString());
    }

    /** The signing secret {@link #seal(SigningSecret, UUID)} stored for {@code subscription}. */
    public SigningSecret signingSecret(String stored, String subscription) {
        return new SigningSecret(open(stored, subscription));
    }

    /** Encrypts {@code plain} for the row named by {@code context}. */
    @Override
    public String seal(String plain, String context) {
        if (plain == null) {
            return null;
        }
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        byte[] sealed = run(Cipher.ENCRYPT_MODE, nonce, context, plain.getBytes(StandardCharsets.UTF_8));
        return PREFIX
                + Base64.getEncoder()
                        .encodeToString(ByteBuffer.allocate(nonce.length + sealed.length)
                                .put(nonce)
                                .put(sealed)
                                .array());
    }

    /** Decrypts a value {@link #seal} made for the same row; a tampered or moved value throws. */
    @Override
    public String open(String stored, String context) {
        if (stored == null) {
            return null;
        }
        if (!stored.startsWith(PREFIX)) {
            throw new IllegalStateException("a webhook secret is stored unencrypted or under an unknown scheme");
        }
        byte[] all = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
        byte[] nonce = Arrays.copyOfRange(all, 0, NONCE_BYTES);
        byte[] sealed = Arrays.copyOfRange(all, NONCE_BYTES, all.length);
        return new String(run(Cipher.DECRYPT_MODE, nonce, context, sealed), StandardCharsets.UTF_8);
    }

    private byte[] run(int mode, byte[] nonce, String context, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a webhook secret did not open: wrong key, another row, or tampered", e);
        }
    }
}
