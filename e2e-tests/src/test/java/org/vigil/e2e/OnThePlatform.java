package org.vigil.e2e;

import org.junit.jupiter.api.BeforeAll;

/** An end-to-end test: the whole platform runs (started once per JVM), and it calls it through {@link Api}. */
abstract class OnThePlatform {

    static Platform platform;
    static Api api;

    @BeforeAll
    static void platformRuns() {
        platform = Platform.get();
        api = new Api(platform);
    }
}
