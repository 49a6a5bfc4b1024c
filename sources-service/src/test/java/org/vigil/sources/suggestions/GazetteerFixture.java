package org.vigil.sources.suggestions;

/** The real gazetteer, which the build puts on the class path in its compact form, read once for all tests. */
final class GazetteerFixture {

    private static Gazetteer gazetteer;

    private GazetteerFixture() {}

    static synchronized Gazetteer gazetteer() {
        if (gazetteer == null) {
            gazetteer = Gazetteer.fromClasspath();
        }
        return gazetteer;
    }
}
