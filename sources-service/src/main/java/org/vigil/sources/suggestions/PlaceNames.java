package org.vigil.sources.suggestions;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.IntBinaryOperator;

/**
 * Which places each lookup key names: the keys in UTF-8, sorted bytewise into one array and found
 * by binary search, each followed by its places in the order the builder was given. Half a million
 * keys take about 12 MB this way, where a {@code HashMap} of strings to arrays takes about 50.
 */
final class PlaceNames {

    private static final int[] NONE = {};

    /** Every key in UTF-8, in unsigned byte order; key {@code i} ends at {@code keyEnds[i]}. */
    private final byte[] keys;

    private final int[] keyEnds;
    /** The places of key {@code i} are {@code places[placesEnd[i - 1] .. placesEnd[i])}. */
    private final int[] placesEnd;

    private final int[] places;

    private PlaceNames(byte[] keys, int[] keyEnds, int[] placesEnd, int[] places) {
        this.keys = keys;
        this.keyEnds = keyEnds;
        this.placesEnd = placesEnd;
        this.places = places;
    }

    /** The index as {@link #readFrom} reads it. */
    void writeTo(DataOutputStream out) throws IOException {
        ColumnStream.write(out, keys);
        ColumnStream.write(out, keyEnds);
        ColumnStream.write(out, placesEnd);
        ColumnStream.write(out, places);
    }

    static PlaceNames readFrom(DataInputStream in) throws IOException {
        return new PlaceNames(
                ColumnStream.readBytes(in),
                ColumnStream.readInts(in),
                ColumnStream.readInts(in),
                ColumnStream.readInts(in));
    }

    /** How many distinct keys there are. */
    int size() {
        return keyEnds.length;
    }

    /** The places {@code key} names, in the builder's order; none when it names none. */
    int[] placesOf(String key) {
        byte[] wanted = key.getBytes(StandardCharsets.UTF_8);
        int low = 0;
        int high = keyEnds.length - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            int start = middle == 0 ? 0 : keyEnds[middle - 1];
            int order = Arrays.compareUnsigned(keys, start, keyEnds[middle], wanted, 0, wanted.length);
            if (order < 0) {
                low = middle + 1;
            } else if (order > 0) {
                high = middle - 1;
            } else {
                return Arrays.copyOfRange(places, middle == 0 ? 0 : placesEnd[middle - 1], placesEnd[middle]);
            }
        }
        return NONE;
    }

    /**
     * Collects (key, place) pairs, each pair once; {@link #build} sorts and packs them. The pairs are
     * kept in primitive arrays and sorted as indexes, so that building holds little more than the
     * result.
     */
    static final class Builder {

        private byte[] pairKeys = new byte[1 << 22];
        private int keyBytes;
        private int pairs;
        private int[] pairKeyEnds = new int[1 << 19];
        private int[] pairPlaces = new int[1 << 19];

        void add(String key, int place) {
            byte[] utf8 = key.getBytes(StandardCharsets.UTF_8);
            if (keyBytes + utf8.length > pairKeys.length) {
                pairKeys = Arrays.copyOf(pairKeys, Math.max(pairKeys.length * 2, keyBytes + utf8.length));
            }
            if (pairs == pairPlaces.length) {
                pairKeyEnds = Arrays.copyOf(pairKeyEnds, pairs * 2);
                pairPlaces = Arrays.copyOf(pairPlaces, pairs * 2);
            }
            System.arraycopy(utf8, 0, pairKeys, keyBytes, utf8.length);
            keyBytes += utf8.length;
            pairKeyEnds[pairs] = keyBytes;
            pairPlaces[pairs++] = place;
        }

        /** The index, each key's places sorted by {@code placeOrder}. */
        PlaceNames build(IntBinaryOperator placeOrder) {
            int[] order = new int[pairs];
            for (int i = 0; i < pairs; i++) {
                order[i] = i;
            }
            IntBinaryOperator byKeyThenPlace = (a, b) -> {
                int byKey = compareKeys(a, b);
                return byKey != 0 ? byKey : placeOrder.applyAsInt(pairPlaces[a], pairPlaces[b]);
            };
            sort(order, new int[pairs], 0, pairs, byKeyThenPlace);
            int bytes = 0;
            int distinct = 0;
            for (int i = 0; i < pairs; i++) {
                if (i == 0 || compareKeys(order[i - 1], order[i]) != 0) {
                    bytes += keyEnd(order[i]) - keyStart(order[i]);
                    distinct++;
                }
            }
            byte[] keys = new byte[bytes];
            int[] keyEnds = new int[distinct];
            int[] placesEnd = new int[distinct];
            int[] places = new int[pairs];
            int keyIndex = -1;
            int at = 0;
            for (int i = 0; i < pairs; i++) {
                int pair = order[i];
                if (i == 0 || compareKeys(order[i - 1], pair) != 0) {
                    int length = keyEnd(pair) - keyStart(pair);
                    System.arraycopy(pairKeys, keyStart(pair), keys, at, length);
                    at += length;
                    keyEnds[++keyIndex] = at;
                }
                places[i] = pairPlaces[pair];
                placesEnd[keyIndex] = i + 1;
            }
            return new PlaceNames(keys, keyEnds, placesEnd, places);
        }

        private int keyStart(int pair) {
            return pair == 0 ? 0 : pairKeyEnds[pair - 1];
        }

        private int keyEnd(int pair) {
            return pairKeyEnds[pair];
        }

        private int compareKeys(int a, int b) {
            return Arrays.compareUnsigned(pairKeys, keyStart(a), keyEnd(a), pairKeys, keyStart(b), keyEnd(b));
        }

        /** A merge sort of {@code items[from, to)} by {@code order}, {@code scratch} as long as items. */
        private static void sort(int[] items, int[] scratch, int from, int to, IntBinaryOperator order) {
            if (to - from < 2) {
                return;
            }
            int middle = (from + to) >>> 1;
            sort(items, scratch, from, middle, order);
            sort(items, scratch, middle, to, order);
            if (order.applyAsInt(items[middle - 1], items[middle]) <= 0) {
                return;
            }
            System.arraycopy(items, from, scratch, from, to - from);
            int left = from;
            int right = middle;
            for (int i = from; i < to; i++) {
                if (right >= to || (left < middle && order.applyAsInt(scratch[left], scratch[right]) <= 0)) {
                    items[i] = scratch[left++];
                } else {
                    items[i] = scratch[right++];
                }
            }
        }
    }
}
