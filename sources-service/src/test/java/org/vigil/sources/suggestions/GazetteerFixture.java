package org.vigil.sources.suggestions;

/** The real gazetteer, which the build puts on the class path, read once for all tests (seconds, ~50 MB). */
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
