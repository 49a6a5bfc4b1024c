package org.vigil.gateway;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.vigil.gateway.standin.UpstreamStandIns;
import org.vigil.testing.OidcTestResource;

/** One switch, {@code VIGIL_LOG_FORMAT=json}, turns the log into JSON lines. */
@QuarkusTest
@TestProfile(JsonLogFormatTest.JsonLogs.class)
@QuarkusTestResource(OidcTestResource.class)
@QuarkusTestResource(UpstreamStandIns.class)
class JsonLogFormatTest {

    public static class JsonLogs implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("VIGIL_LOG_FORMAT", "json");
        }
    }

    @Test
    void logsJsonLinesWhenTheSwitchSaysJson() {
        assertTrue(ConfigProvider.getConfig().getValue("quarkus.log.console.json.enabled", Boolean.class));
    }
}
