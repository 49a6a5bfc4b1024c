package org.vigil.sources.config;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.vigil.identity.Pseudonyms;

/**
 * The pseudonym key ({@code VIGIL_PSEUDONYM_KEY}), the same as moderation's: a text registered
 * here is attributed to the same contributor pseudonym moderators see on that contributor's
 * reports. No default, at least 32 bytes; a service without one fails at start.
 */
public class PseudonymKey {

    @Produces
    @Singleton
    @Startup
    Pseudonyms pseudonyms(@ConfigProperty(name = "vigil.pseudonym-key") String key) {
        return Pseudonyms.fromSecret(key);
    }
}
