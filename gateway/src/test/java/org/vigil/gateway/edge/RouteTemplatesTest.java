package org.vigil.gateway.edge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RouteTemplatesTest {

    @ParameterizedTest(name = "{0} is named {1}")
    @CsvSource({
        // an id becomes the API description's placeholder; a literal segment wins over a placeholder
        "/api/v1/claims/7d3e1f00-1111-4222-8333-944455556666/decisions, /api/v1/claims/{id}/decisions",
        "/api/v1/reports/mine, /api/v1/reports/mine",
        "/api/v1/events.csv, /api/v1/events.csv",
        "/api/v1/openapi, /api/v1/openapi",
        // a path no route knows mints no template of its own
        "/api/v1/made-up-word, /api/{unknown}",
        "/api/v1/events/x/anything/else, /api/{unknown}",
        "/api/v1/q/metrics, /api/{unknown}",
        "/wp-admin, /{unknown}",
        "/a-new-word-each-time/and/more, /{unknown}",
        // a page by its section, the identity provider and the assets each as one subtree
        "/events/7d3e1f00-1111-4222-8333-944455556666, /events/*",
        "/moderation, /moderation",
        "/, /",
        "/auth/realms/vigil/protocol/openid-connect/token, /auth/*",
        "/assets/map.js, /assets/*"
    })
    void aRequestIsNamedByATemplateKnownInAdvance(String path, String template) {
        assertEquals(template, RouteTemplates.templateOf(path));
    }
}
