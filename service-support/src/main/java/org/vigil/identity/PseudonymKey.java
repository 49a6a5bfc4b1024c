package org.vigil.identity;

import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The pseudonym key ({@code VIGIL_PSEUDONYM_KEY}): no default, at least 32 bytes. A service
 * without one fails at start rather than hand out guessable pseudonyms. moderation-service and
 * sources-service share it, so a text registered in sources is attributed to the same
 * contributor pseudonym moderators see on that contributor's reports.
 *
 * <p>Only services that hand out pseudonyms ({@code vigil.pseudonyms=enabled}, read at build)
 * carry this bean; the others need no key.
 */
@IfBuildProperty(name = "vigil.pseudonyms", stringValue = "enabled")
public class PseudonymKey {

    @Produces
    @Singleton
    @Startup
    Pseudonyms pseudonyms(@ConfigProperty(name = "vigil.pseudonym-key") String key) {
        return Pseudonyms.fromSecret(key);
    }
}
