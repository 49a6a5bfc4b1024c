package org.vigil.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** Points a service under test at the {@link TestIdentityProvider}. */
public class OidcTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        TestIdentityProvider provider = TestIdentityProvider.start();
        return Map.of(
                "quarkus.oidc.auth-server-url", provider.issuer(),
                "quarkus.oidc-client.auth-server-url", provider.issuer());
    }

    @Override
    public void stop() {
        // one provider serves the whole test JVM
    }
}
