package org.vigil.gateway.routing;

import io.smallrye.config.ConfigMapping;
import java.net.URI;

/** Where the web app listens: it serves every path outside {@code /api} and {@code /q}. */
@ConfigMapping(prefix = "vigil.web-app")
public interface WebAppConfig {

    /** Base URL of the web app, e.g. {@code http://127.0.0.1:8084}. */
    URI url();
}
