package org.vigil.sources.suggestions;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * Primitive arrays to and from a stream, each as its length and then its elements (big-endian), a
 * chunk at a time: the gazetteer's columns are read back in bulk, with no object per element and
 * nothing larger than one chunk besides the arrays themselves.
 */
final class ColumnStream {

    private static final int CHUNK = 1 << 16;

    /** Copies elements {@code [at, at + n)} of a column between it and {@code chunk}. */
    private interface Copy {
        void apply(ByteBuffer chunk, int at, int n);
    }

    private ColumnStream() {}

    static void write(DataOutputStream out, byte[] column) throws IOException {
        out.writeInt(column.length);
        out.write(column);
    }

    static void write(DataOutputStream out, int[] column) throws IOException {
        write(
                out,
                column.length,
                Integer.BYTES,
                (chunk, at, n) -> chunk.asIntBuffer().put(column, at, n));
    }

    static void write(DataOutputStream out, long[] column) throws IOException {
        write(
                out,
                column.length,
                Long.BYTES,
                (chunk, at, n) -> chunk.asLongBuffer().put(column, at, n));
    }

    static void write(DataOutputStream out, double[] column) throws IOException {
        write(
                out,
                column.length,
                Double.BYTES,
                (chunk, at, n) -> chunk.asDoubleBuffer().put(column, at, n));
    }

    static byte[] readBytes(DataInputStream in) throws IOException {
        byte[] column = new byte[in.readInt()];
        in.readFully(column);
        return column;
    }

    static int[] readInts(DataInputStream in) throws IOException {
        int[] column = new int[in.readInt()];
        read(
                in,
                column.length,
                Integer.BYTES,
                (chunk, at, n) -> chunk.asIntBuffer().get(column, at, n));
        return column;
    }

    static long[] readLongs(DataInputStream in) throws IOException {
        long[] column = new long[in.readInt()];
        read(
                in,
                column.length,
                Long.BYTES,
                (chunk, at, n) -> chunk.asLongBuffer().get(column, at, n));
        return column;
    }

    static double[] readDoubles(DataInputStream in) throws IOException {
        double[] column = new double[in.readInt()];
        read(
                in,
                column.length,
                Double.BYTES,
                (chunk, at, n) -> chunk.asDoubleBuffer().get(column, at, n));
        return column;
    }

    private static void write(DataOutputStream out, int length, int width, Copy into) throws IOException {
        out.writeInt(length);
        ByteBuffer chunk = ByteBuffer.allocate(CHUNK);
        for (int at = 0; at < length; at += CHUNK / width) {
            int n = Math.min(CHUNK / width, length - at);
            chunk.clear();
            into.apply(chunk, at, n);
            out.write(chunk.array(), 0, n * width);
        }
    }

    private static void read(DataInputStream in, int length, int width, Copy from) throws IOException {
        byte[] chunk = new byte[CHUNK];
        for (int at = 0; at < length; at += CHUNK / width) {
            int n = Math.min(CHUNK / width, length - at);
            in.readFully(chunk, 0, n * width);
            from.apply(ByteBuffer.wrap(chunk), at, n);
        }
    }
}
