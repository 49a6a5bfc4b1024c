package org.vigil.moderation.config;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.vigil.identity.Pseudonyms;

/**
 * The pseudonym key ({@code VIGIL_PSEUDONYM_KEY}): no default, at least 32 bytes. A service
 * without one fails at start rather than hand out guessable pseudonyms.
 */
public class PseudonymKey {

    @Produces
    @Singleton
    @Startup
    Pseudonyms pseudonyms(@ConfigProperty(name = "vigil.pseudonym-key") String key) {
        return Pseudonyms.fromSecret(key);
    }
}
