package org.vigil.web.config;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * The sign-in cookies (state with the PKCE verifier, session with the tokens) are {@code Secure}
 * whenever the public origin is https. The web app itself is spoken to in plain http by the
 * gateway, which passes no scheme on, so the request cannot tell; the configured origin can.
 * An explicit {@code quarkus.oidc.authentication.cookie-force-secure} still wins (lower ordinal).
 */
public class HttpsSessionCookies implements ConfigSourceFactory {

    static final String FORCE_SECURE = "quarkus.oidc.authentication.cookie-force-secure";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        return List.of(new PropertiesConfigSource(
                Map.of(FORCE_SECURE, String.valueOf(isHttps(context))), "vigil-public-origin", 200));
    }

    private static boolean isHttps(ConfigSourceContext context) {
        try {
            ConfigValue origin = context.getValue("vigil.web.public-url");
            return origin != null
                    && origin.getValue() != null
                    && origin.getValue().startsWith("https://");
        } catch (NoSuchElementException unset) {
            // at build time, before the environment names the origin
            return false;
        }
    }
}
