package org.vigil.gateway.edge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RouteTemplatesTest {

    @Test
    void claimIdBecomesAPlaceholder() {
        assertEquals(
                "/api/v1/claims/{id}/approve",
                RouteTemplates.templateOf("/api/v1/claims/7d3e1f00-1111-4222-8333-944455556666/approve"));
    }

    @Test
    void exportKeepsItsName() {
        assertEquals("/api/v1/events.csv", RouteTemplates.templateOf("/api/v1/events.csv"));
    }

    @Test
    void anythingThatIsNotAWordIsAnId() {
        assertEquals("/api/v1/sources/{id}", RouteTemplates.templateOf("/api/v1/sources/Mallory%20was%20here"));
    }

    @Test
    void everyIdentityProviderPathIsOneTemplate() {
        assertEquals("/auth/*", RouteTemplates.templateOf("/auth/realms/vigil/protocol/openid-connect/token"));
    }
}
