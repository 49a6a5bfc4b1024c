package org.vigil.sources;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The two seed documents (the seeds docs/product.md describes), copied verbatim into the test resources, and other fixtures. */
public final class Seeds {

    public static final String WIKIPEDIA = resource("seeds/wikipedia-2026-iranian-diaspora-protests.txt");
    public static final String NEWS = resource("seeds/news-2026-02-14-iranians-abroad-rally.txt");

    private Seeds() {}

    /** A test resource under {@code evidence/}, as UTF-8 text. */
    public static String resource(String path) {
        try (InputStream in = Seeds.class.getResourceAsStream("/evidence/" + path)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource evidence/" + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
