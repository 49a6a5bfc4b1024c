package org.vigil.gateway.edge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RouteTemplatesTest {

    @Test
    void anIdBecomesThePlaceholderOfTheApiDescription() {
        assertEquals(
                "/api/v1/claims/{id}/decisions",
                RouteTemplates.templateOf("/api/v1/claims/7d3e1f00-1111-4222-8333-944455556666/decisions"));
    }

    @Test
    void aLiteralSegmentWinsOverAPlaceholder() {
        assertEquals("/api/v1/reports/mine", RouteTemplates.templateOf("/api/v1/reports/mine"));
    }

    @Test
    void exportKeepsItsName() {
        assertEquals("/api/v1/events.csv", RouteTemplates.templateOf("/api/v1/events.csv"));
    }

    @Test
    void anApiPathTheDescriptionDoesNotHoldIsOneUnknownTemplate() {
        assertEquals("/api/{unknown}", RouteTemplates.templateOf("/api/v1/made-up-word"));
        assertEquals("/api/{unknown}", RouteTemplates.templateOf("/api/v1/events/x/anything/else"));
        assertEquals("/api/{unknown}", RouteTemplates.templateOf("/api/v1/q/metrics"));
    }

    @Test
    void aPathOutsideTheKnownPagesIsOneUnknownTemplate() {
        assertEquals("/{unknown}", RouteTemplates.templateOf("/wp-admin"));
        assertEquals("/{unknown}", RouteTemplates.templateOf("/a-new-word-each-time/and/more"));
    }

    @Test
    void aWebPageIsNamedByItsSection() {
        assertEquals("/events/*", RouteTemplates.templateOf("/events/7d3e1f00-1111-4222-8333-944455556666"));
        assertEquals("/moderation", RouteTemplates.templateOf("/moderation"));
        assertEquals("/", RouteTemplates.templateOf("/"));
    }

    @Test
    void everyIdentityProviderPathIsOneTemplate() {
        assertEquals("/auth/*", RouteTemplates.templateOf("/auth/realms/vigil/protocol/openid-connect/token"));
    }

    @Test
    void theGatewaysOwnApiDescriptionIsNamed() {
        assertEquals("/api/v1/openapi", RouteTemplates.templateOf("/api/v1/openapi"));
    }
}
