package org.vigil.gateway.openapi;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The methods a path of the API allows, for the {@code Allow} header a 405 must carry (RFC 9110
 * §15.5.6). The services' REST layer answers 405 without it, so the gateway reads them from the
 * API description, the one place that lists every operation of every service.
 */
@ApplicationScoped
public class AllowedMethods {

    private static final List<String> METHODS = List.of("get", "head", "post", "put", "patch", "delete", "options");

    @Inject
    AggregatedOpenApi openApi;

    /** The {@code Allow} value for {@code path}; empty when it is not described or no description is at hand. */
    public Uni<Optional<String>> of(String path) {
        return openApi.document()
                .map(document -> of(new JsonObject(document), path))
                .onFailure()
                .recoverWithItem(Optional.empty());
    }

    static Optional<String> of(JsonObject document, String path) {
        JsonObject paths = document.getJsonObject("paths", new JsonObject());
        Optional<String> template = PathTemplates.bestMatch(paths.fieldNames(), path);
        if (template.isEmpty()) {
            return Optional.empty();
        }
        JsonObject item = paths.getJsonObject(template.get());
        Set<String> allowed = new LinkedHashSet<>();
        for (String method : METHODS) {
            if (item.containsKey(method)) {
                allowed.add(method.toUpperCase(Locale.ROOT));
            }
        }
        if (allowed.contains("GET")) {
            // the services answer HEAD wherever they answer GET
            allowed.add("HEAD");
        }
        return allowed.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", allowed));
    }
}
