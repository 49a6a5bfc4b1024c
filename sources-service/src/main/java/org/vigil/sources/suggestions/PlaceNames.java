package org.vigil.sources.suggestions;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

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

    /** Collects (key, place) pairs, each pair once; {@link #build} sorts and packs them. */
    static final class Builder {

        private final List<byte[]> pairKeys = new ArrayList<>(600_000);
        private int[] pairPlaces = new int[600_000];

        void add(String key, int place) {
            if (pairKeys.size() == pairPlaces.length) {
                pairPlaces = Arrays.copyOf(pairPlaces, pairPlaces.length * 2);
            }
            pairPlaces[pairKeys.size()] = place;
            pairKeys.add(key.getBytes(StandardCharsets.UTF_8));
        }

        /** The index, each key's places sorted by {@code placeOrder}. */
        PlaceNames build(Comparator<Integer> placeOrder) {
            Integer[] order = new Integer[pairKeys.size()];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> {
                int byKey = Arrays.compareUnsigned(pairKeys.get(a), pairKeys.get(b));
                return byKey != 0 ? byKey : placeOrder.compare(pairPlaces[a], pairPlaces[b]);
            });
            int bytes = 0;
            int distinct = 0;
            byte[] previous = null;
            for (Integer pair : order) {
                byte[] key = pairKeys.get(pair);
                if (previous == null || !Arrays.equals(previous, key)) {
                    bytes += key.length;
                    distinct++;
                    previous = key;
                }
            }
            byte[] keys = new byte[bytes];
            int[] keyEnds = new int[distinct];
            int[] placesEnd = new int[distinct];
            int[] places = new int[order.length];
            int keyIndex = -1;
            int at = 0;
            previous = null;
            for (int i = 0; i < order.length; i++) {
                byte[] key = pairKeys.get(order[i]);
                if (previous == null || !Arrays.equals(previous, key)) {
                    System.arraycopy(key, 0, keys, at, key.length);
                    at += key.length;
                    keyEnds[++keyIndex] = at;
                    previous = key;
                }
                places[i] = pairPlaces[order[i]];
                placesEnd[keyIndex] = i + 1;
            }
            return new PlaceNames(keys, keyEnds, placesEnd, places);
        }
    }
}
