package org.vigil.gateway;

import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.vigil.gateway.standin.UpstreamStandIns;
import org.vigil.testing.OidcTestResource;

/** Without {@code VIGIL_LOG_FORMAT} the log is plain text ({@link JsonLogFormatTest}: the switch). */
@QuarkusTest
@QuarkusTestResource(OidcTestResource.class)
@QuarkusTestResource(UpstreamStandIns.class)
class LogFormatTest {

    @Test
    void logsPlainTextWhenTheSwitchIsUnset() {
        assertFalse(ConfigProvider.getConfig().getValue("quarkus.log.console.json.enabled", Boolean.class));
    }
}
