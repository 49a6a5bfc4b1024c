package org.vigil.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServiceEnvironmentTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void a_services_variables_are_filled_from_the_starters_values() {
        Map<String, String> values = new HashMap<>();
        values.put("VIGIL_BIND_HOST", "127.0.0.1");
        values.put("VIGIL_GATEWAY_PORT", "18080");
        values.put("VIGIL_GATEWAY_MANAGEMENT_PORT", "19080");
        values.put("VIGIL_OIDC_URL", "http://localhost:8180/realms/vigil");
        values.put("VIGIL_EVENTS_URL", "http://127.0.0.1:8081");
        values.put("VIGIL_SOURCES_URL", "http://127.0.0.1:8082");
        values.put("VIGIL_MODERATION_URL", "http://127.0.0.1:8083");
        values.put("VIGIL_WEB_URL", "http://127.0.0.1:8084");
        values.put("VIGIL_PUBLIC_URL", "http://localhost:18080");
        values.put("VIGIL_EVENTS_MANAGEMENT_URL", "http://127.0.0.1:9081");
        values.put("VIGIL_SOURCES_MANAGEMENT_URL", "http://127.0.0.1:9082");
        values.put("VIGIL_MODERATION_MANAGEMENT_URL", "http://127.0.0.1:9083");
        values.put("VIGIL_GATEWAY_CLIENT_SECRET", "s$cr&t");

        Map<String, String> environment = ServiceEnvironment.of(ROOT, "gateway", values);

        assertEquals("18080", environment.get("QUARKUS_HTTP_PORT"));
        assertEquals("s$cr&t", environment.get("VIGIL_GATEWAY_CLIENT_SECRET"));
        assertTrue(environment.keySet().stream().noneMatch(name -> name.startsWith("#")));
    }

    @Test
    void a_placeholder_without_a_value_is_refused() {
        IllegalArgumentException refused = assertThrows(
                IllegalArgumentException.class,
                () -> ServiceEnvironment.of(ROOT, "moderation-service", Map.of("VIGIL_BIND_HOST", "127.0.0.1")));
        assertTrue(refused.getMessage().contains("${VIGIL_MODERATION_PORT}"), refused.getMessage());
    }
}
