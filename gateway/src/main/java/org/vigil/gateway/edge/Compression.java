package org.vigil.gateway.edge;

import io.vertx.core.Handler;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Gzip for the media types of {@code quarkus.http.compress-media-types} (JSON, CSV, GeoJSON) on
 * whatever the gateway relays. Quarkus marks every answer {@code Content-Encoding: identity} and
 * lifts the mark only for its own REST endpoints; this lifts it for the proxied ones, and Netty
 * then compresses for clients that accept gzip. An answer a service already encoded keeps its
 * encoding.
 */
@ApplicationScoped
public class Compression implements Handler<RoutingContext> {

    private static final String IDENTITY = "identity";

    private final Set<String> mediaTypes;

    Compression(@ConfigProperty(name = "quarkus.http.compress-media-types") List<String> mediaTypes) {
        this.mediaTypes =
                mediaTypes.stream().map(t -> t.trim().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public void handle(RoutingContext rc) {
        rc.addHeadersEndHandler(v -> decide(rc.response().headers()));
        rc.next();
    }

    void decide(MultiMap headers) {
        List<String> encodings = new ArrayList<>(headers.getAll(HttpHeaders.CONTENT_ENCODING));
        if (!encodings.removeIf(IDENTITY::equalsIgnoreCase)) {
            return;
        }
        if (!encodings.isEmpty()) {
            headers.set(HttpHeaders.CONTENT_ENCODING.toString(), encodings);
        } else if (compressible(headers.get(HttpHeaders.CONTENT_TYPE))) {
            headers.remove(HttpHeaders.CONTENT_ENCODING);
        }
    }

    private boolean compressible(String contentType) {
        if (contentType == null) {
            return false;
        }
        int parameters = contentType.indexOf(';');
        String type = (parameters < 0 ? contentType : contentType.substring(0, parameters))
                .trim()
                .toLowerCase(Locale.ROOT);
        return mediaTypes.contains(type);
    }
}
