package org.vigil.sources;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.vigil.testing.ApiDescriptionContract;
import org.vigil.testing.ArtemisTestResource;
import org.vigil.testing.OidcTestResource;

/** The service's OpenAPI document, as the gateway merges it and client generators read it. */
@QuarkusTest
@QuarkusTestResource(ArtemisTestResource.class)
@QuarkusTestResource(OidcTestResource.class)
class ApiDescriptionTest extends ApiDescriptionContract {}
