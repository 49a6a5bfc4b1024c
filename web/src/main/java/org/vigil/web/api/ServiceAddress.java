package org.vigil.web.api;

import io.vertx.ext.web.client.WebClientOptions;
import java.net.URI;

/** Where a service behind the web app listens: the client options and the path every call starts with. */
public record ServiceAddress(URI base) {

    /** Host, port (the scheme's default when absent), TLS for https; redirects are not followed. */
    public WebClientOptions clientOptions() {
        boolean https = "https".equals(base.getScheme());
        return new WebClientOptions()
                .setDefaultHost(base.getHost())
                .setDefaultPort(base.getPort() > 0 ? base.getPort() : (https ? 443 : 80))
                .setSsl(https)
                .setFollowRedirects(false);
    }

    /** The base URL's path without a trailing slash ("" for none), to put before each request path. */
    public String basePath() {
        return base.getPath() == null ? "" : base.getPath().replaceAll("/$", "");
    }
}
