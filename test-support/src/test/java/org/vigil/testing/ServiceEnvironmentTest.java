package org.vigil.testing;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServiceEnvironmentTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    /** Every part on the loopback address, as {@code ./vigil up} runs them. */
    private static final Map<String, String> PLATFORM = new PlatformValues()
            .identityProvider("http://localhost:8180/realms/vigil")
            .publicUrl("http://localhost:18080")
            .clientSecrets("s$cr&t", "web-secret", "moderation-secret")
            .databaseServer("127.0.0.1", 5432, "vigil", "vigil")
            .broker(5673, "vigil", "vigil")
            .pseudonymKey("a-pseudonym-key-of-at-least-32-bytes")
            .webhookSecretKey("a-webhook-secret-key-of-at-least-32-bytes")
            .listening("gateway", 18080, 19080)
            .listening("events-service", 8081, 9081)
            .database("events-service", "vigil_events")
            .listening("sources-service", 8082, 9082)
            .database("sources-service", "vigil_sources")
            .listening("moderation-service", 8083, 9083)
            .database("moderation-service", "vigil_moderation")
            .listening("web", 8084, 9084)
            .asMap();

    @Test
    void a_services_variables_are_filled_from_the_starters_values() {
        Map<String, String> environment = ServiceEnvironment.of(ROOT, "gateway", PLATFORM);

        assertEquals("18080", environment.get("QUARKUS_HTTP_PORT"));
        assertEquals("s$cr&t", environment.get("VIGIL_GATEWAY_CLIENT_SECRET"));
        assertTrue(environment.keySet().stream().noneMatch(name -> name.startsWith("#")));
    }

    @Test
    void a_whole_platforms_values_fill_every_env_file() {
        for (String part : List.of("gateway", "events-service", "sources-service", "moderation-service", "web")) {
            assertDoesNotThrow(() -> ServiceEnvironment.of(ROOT, part, PLATFORM), part);
        }
    }

    @Test
    void a_placeholder_without_a_value_is_refused() {
        IllegalArgumentException refused = assertThrows(
                IllegalArgumentException.class,
                () -> ServiceEnvironment.of(ROOT, "moderation-service", Map.of("VIGIL_BIND_HOST", "127.0.0.1")));
        assertTrue(refused.getMessage().contains("${VIGIL_MODERATION_PORT}"), refused.getMessage());
    }
}
