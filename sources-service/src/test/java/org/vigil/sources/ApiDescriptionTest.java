package org.vigil.sources;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.vigil.testing.ApiDescription;
import org.vigil.testing.ArtemisTestResource;
import org.vigil.testing.OidcTestResource;

/** The service's OpenAPI document, as the gateway merges it and client generators read it. */
@QuarkusTest
@QuarkusTestResource(ArtemisTestResource.class)
@QuarkusTestResource(OidcTestResource.class)
class ApiDescriptionTest {

    @Test
    void namesNoUntypedJsonSchema() {
        ApiDescription.fetch().namesNoUntypedSchema();
    }

    @Test
    void givesEveryOperationAUniqueOperationId() {
        ApiDescription.fetch().givesEveryOperationAUniqueOperationId();
    }

    @Test
    void answersEvery4xxWithProblemDetails() {
        ApiDescription.fetch().answersEvery4xxWithProblemDetails();
    }

    @Test
    void offersClientCredentialsAndAuthorizationCode() {
        ApiDescription.fetch().offersClientCredentialsAndAuthorizationCode();
    }
}
