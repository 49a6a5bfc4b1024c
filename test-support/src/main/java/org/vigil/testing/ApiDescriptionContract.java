package org.vigil.testing;

import org.junit.jupiter.api.Test;

/**
 * The checks every service's OpenAPI document passes, as the gateway merges it and client
 * generators read it. A service's {@code ApiDescriptionTest} extends this and starts the service
 * ({@code @QuarkusTest} with its test resources).
 */
public abstract class ApiDescriptionContract {

    @Test
    public void namesNoUntypedJsonSchema() {
        ApiDescription.fetch().namesNoUntypedSchema();
    }

    @Test
    public void givesEveryOperationAUniqueOperationId() {
        ApiDescription.fetch().givesEveryOperationAUniqueOperationId();
    }

    @Test
    public void answersEvery4xxWithProblemDetails() {
        ApiDescription.fetch().answersEvery4xxWithProblemDetails();
    }

    @Test
    public void offersClientCredentialsAndAuthorizationCode() {
        ApiDescription.fetch().offersClientCredentialsAndAuthorizationCode();
    }
}
