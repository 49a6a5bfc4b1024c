package org.vigil.gateway;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One variable, {@code VIGIL_OTLP_ENDPOINT}, turns tracing on; without it the SDK is off. */
class TracingSwitchTest {

    private static boolean sdkDisabled(Map<String, String> environment) throws IOException {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .addDefaultInterceptors()
                .withSources(
                        new PropertiesConfigSource(TracingSwitchTest.class.getResource("/application.properties"), 250))
                .withSources(new PropertiesConfigSource(environment, "environment", 300))
                .build();
        return config.getValue("quarkus.otel.sdk.disabled", Boolean.class);
    }

    @Test
    void tracingIsOffWithoutAnEndpoint() throws IOException {
        assertTrue(sdkDisabled(Map.of()));
    }

    @Test
    void tracingIsOffWithAnEmptyEndpoint() throws IOException {
        assertTrue(sdkDisabled(Map.of("VIGIL_OTLP_ENDPOINT", "")));
    }

    @Test
    void tracingIsOnWithAnEndpoint() throws IOException {
        assertFalse(sdkDisabled(Map.of("VIGIL_OTLP_ENDPOINT", "http://collector:4318")));
    }
}
