package org.vigil.sources.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The two seed documents (SPEC: {@code seeds/}), copied verbatim into the test resources. */
final class Seeds {

    static final String WIKIPEDIA = read("wikipedia-2026-iranian-diaspora-protests.txt");
    static final String NEWS = read("news-2026-02-14-iranians-abroad-rally.txt");

    private Seeds() {}

    static String read(String name) {
        try (InputStream in = Seeds.class.getResourceAsStream("/evidence/seeds/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource evidence/seeds/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
