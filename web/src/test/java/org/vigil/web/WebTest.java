package org.vigil.web;

import io.quarkus.test.common.QuarkusTestResource;

/** Every test of the web module runs against the same stand-in API (Quarkus starts once). */
@QuarkusTestResource(value = PublicApiStandIn.class, restrictToAnnotatedClass = false)
public final class WebTest {

    private WebTest() {}
}
