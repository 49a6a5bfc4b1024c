package org.vigil.events.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class WebhookSecretKeyTest {

    static final WebhookSecretKey KEY = WebhookSecretKey.of("a-test-key-of-at-least-thirty-two-bytes");

    @Test
    void aSealedSecretOpensToItselfAndNamesItNowhere() {
        SigningSecret secret = SigningSecret.generate();
        UUID subscription = UUID.randomUUID();
        String stored = KEY.seal(secret, subscription);
        assertTrue(stored.startsWith("v1:"), stored);
        assertFalse(stored.contains(secret.value().substring("whsec_".length())));
        assertEquals(secret, KEY.signingSecret(stored, subscription.toString()));
    }

    @Test
    void theSameSecretSealsDifferentlyEachTime() {
        SigningSecret secret = SigningSecret.generate();
        UUID subscription = UUID.randomUUID();
        assertNotEquals(KEY.seal(secret, subscription), KEY.seal(secret, subscription));
    }

    @Test
    void aSecretMovedToAnotherSubscriptionDoesNotOpen() {
        String stored = KEY.seal(SigningSecret.generate(), UUID.randomUUID());
        assertThrows(
                IllegalStateException.class,
                () -> KEY.signingSecret(stored, UUID.randomUUID().toString()));
    }

    @Test
    void anotherKeyDoesNotOpenIt() {
        UUID subscription = UUID.randomUUID();
        String stored = KEY.seal(SigningSecret.generate(), subscription);
        WebhookSecretKey other = WebhookSecretKey.of("another-test-key-of-at-least-thirty-two-bytes");
        assertThrows(IllegalStateException.class, () -> other.signingSecret(stored, subscription.toString()));
    }

    @Test
    void aSecretInPlainTextIsNotTakenAsSealed() {
        String plain = SigningSecret.generate().value();
        assertThrows(
                IllegalStateException.class,
                () -> KEY.signingSecret(plain, UUID.randomUUID().toString()));
    }

    @Test
    void aKeyShorterThan32BytesIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> WebhookSecretKey.of("short"));
        assertThrows(IllegalArgumentException.class, () -> WebhookSecretKey.of(null));
    }
}
