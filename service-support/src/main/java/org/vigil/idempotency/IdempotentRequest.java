package org.vigil.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A request sent with an {@link IdempotencyKey}: which endpoint it is for, who sent it, and a
 * fingerprint of its body. A key is scoped per caller and per endpoint, so one caller's key never
 * answers for another's, nor for another endpoint.
 *
 * @param endpoint    e.g. {@code POST /api/v1/reports}
 * @param caller      a stable id of the caller (a pseudonym or the token's subject); only hashed
 * @param fingerprint the SHA-256 of the request as read, telling a retry from a different request
 */
public record IdempotentRequest(String endpoint, String caller, IdempotencyKey key, String fingerprint) {

    /**
     * The row's id: the SHA-256 of endpoint, caller and key together. Neither the caller nor the
     * key is stored, so the table names no one: linking a row to an account takes both the
     * account's id and the key its client chose.
     */
    public String digest() {
        return sha256(endpoint.length() + ":" + endpoint + "|" + caller.length() + ":" + caller + "|" + key.value());
    }

    static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
