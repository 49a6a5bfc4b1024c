package org.vigil.testing;

import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URL;
import org.junit.jupiter.api.Test;

/**
 * The checks every service's OpenAPI document passes, as the gateway merges it and client
 * generators read it. A service's {@code ApiDescriptionTest} extends this and starts the service
 * ({@code @QuarkusTest} with its test resources).
 */
public abstract class ApiDescriptionContract {

    /** The service's own document, on its management port with the rest of {@code /q/*}. */
    @TestHTTPResource(value = "/openapi", management = true)
    URL document;

    @Test
    public void namesNoUntypedJsonSchema() {
        ApiDescription.fetch(document).namesNoUntypedSchema();
    }

    @Test
    public void givesEveryOperationAUniqueOperationId() {
        ApiDescription.fetch(document).givesEveryOperationAUniqueOperationId();
    }

    @Test
    public void answersEvery4xxWithProblemDetails() {
        ApiDescription.fetch(document).answersEvery4xxWithProblemDetails();
    }

    @Test
    public void declaresEveryOperationsSecurityPublicOnesAsNone() {
        ApiDescription.fetch(document).declaresEveryOperationsSecurity();
    }

    @Test
    public void offersClientCredentialsAndAuthorizationCode() {
        ApiDescription.fetch(document).offersClientCredentialsAndAuthorizationCode();
    }
}
