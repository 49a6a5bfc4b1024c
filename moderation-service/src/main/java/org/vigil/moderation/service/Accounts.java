package org.vigil.moderation.service;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Turns the caller's verified token into an {@link Account}. */
@ApplicationScoped
public class Accounts {

    private final byte[] pseudonymKey;

    public Accounts(@ConfigProperty(name = "vigil.pseudonym-key") String pseudonymKey) {
        this.pseudonymKey = pseudonymKey.getBytes(StandardCharsets.UTF_8);
    }

    public Account of(JsonWebToken token, SecurityIdentity identity) {
        String subject = token.getSubject();
        return new Account(subject, pseudonymOf(subject), identity.hasRole("moderator"));
    }

    public String pseudonymOf(String subject) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(pseudonymKey, "HmacSHA256"));
            byte[] digest = mac.doFinal(subject.getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder("contributor-");
            for (int i = 0; i < 5; i++) {
                hex.append(String.format("%02x", digest[i]));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
