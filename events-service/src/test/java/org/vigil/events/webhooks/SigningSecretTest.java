package org.vigil.events.webhooks;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Signatures as the official Standard Webhooks library checks them. */
class SigningSecretTest {

    private static Map<String, List<String>> headers(String id, long timestamp, String signature) {
        return Map.of(
                "webhook-id",
                List.of(id),
                "webhook-timestamp",
                List.of(Long.toString(timestamp)),
                "webhook-signature",
                List.of(signature));
    }

    @Test
    void theOfficialLibraryVerifiesOurSignature() {
        SigningSecret secret = SigningSecret.generate();
        long now = Instant.now().getEpochSecond();
        String body = "{\"type\":\"event.created\",\"timestamp\":\"2026-12-04T10:00:00Z\",\"data\":{}}";
        String signature = secret.sign("msg_1", now, body);
        assertTrue(signature.startsWith("v1,"));
        assertDoesNotThrow(() -> new Webhook(secret.value()).verify(body, headers("msg_1", now, signature)));
    }

    @Test
    void anotherSecretOrAnotherBodyDoesNotVerify() {
        SigningSecret secret = SigningSecret.generate();
        long now = Instant.now().getEpochSecond();
        String signature = secret.sign("msg_1", now, "{}");
        assertThrows(
                WebhookVerificationException.class,
                () -> new Webhook(SigningSecret.generate().value()).verify("{}", headers("msg_1", now, signature)));
        assertThrows(
                WebhookVerificationException.class,
                () -> new Webhook(secret.value()).verify("{ }", headers("msg_1", now, signature)));
    }

    @Test
    void twoSignaturesVerifyWithEitherSecret() {
        SigningSecret current = SigningSecret.generate();
        SigningSecret previous = SigningSecret.generate();
        long now = Instant.now().getEpochSecond();
        String header = current.sign("msg_2", now, "{}") + " " + previous.sign("msg_2", now, "{}");
        assertDoesNotThrow(() -> new Webhook(current.value()).verify("{}", headers("msg_2", now, header)));
        assertDoesNotThrow(() -> new Webhook(previous.value()).verify("{}", headers("msg_2", now, header)));
    }

    @Test
    void theSecretNeverShowsInItsToString() {
        SigningSecret secret = SigningSecret.generate();
        assertTrue(secret.value().startsWith("whsec_"));
        assertFalse(secret.toString().contains(secret.value().substring(6)));
    }
}
