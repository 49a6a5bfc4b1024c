package org.vigil.sources.suggestions;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The gazetteer's places in columns, one array per field, a place being its index: about 45 bytes a
 * place where a {@link City} record with its strings takes about 150. A {@link City} is made only
 * for the places a lookup returns.
 */
final class Places {

    private final long[] geonameIds;
    private final long[] populations;
    private final double[] lats;
    private final double[] lons;
    /** Every name in UTF-8, one after another; name {@code i} ends at {@code nameEnds[i]}. */
    private final byte[] names;

    private final int[] nameEnds;
    /** Country, first-level division and feature codes: one shared string per distinct value. */
    private final String[] countryCodes;

    private final String[] admin1s;
    private final String[] featureCodes;

    private Places(Builder b) {
        int n = b.size;
        geonameIds = Arrays.copyOf(b.geonameIds, n);
        populations = Arrays.copyOf(b.populations, n);
        lats = Arrays.copyOf(b.lats, n);
        lons = Arrays.copyOf(b.lons, n);
        names = b.names.toByteArray();
        nameEnds = Arrays.copyOf(b.nameEnds, n);
        countryCodes = Arrays.copyOf(b.countryCodes, n);
        admin1s = Arrays.copyOf(b.admin1s, n);
        featureCodes = Arrays.copyOf(b.featureCodes, n);
    }

    private Places(
            long[] geonameIds,
            long[] populations,
            double[] lats,
            double[] lons,
            byte[] names,
            int[] nameEnds,
            Codes codes) {
        this.geonameIds = geonameIds;
        this.populations = populations;
        this.lats = lats;
        this.lons = lons;
        this.names = names;
        this.nameEnds = nameEnds;
        this.countryCodes = codes.countries();
        this.admin1s = codes.admin1s();
        this.featureCodes = codes.features();
    }

    /** The three columns of codes each place has, as read back: country, first-level division, feature. */
    private record Codes(String[] countries, String[] admin1s, String[] features) {}

    /** The columns as {@link #readFrom} reads them: the codes once each, then each place's by number. */
    void writeTo(DataOutputStream out) throws IOException {
        Map<String, Integer> numbers = new HashMap<>();
        List<String> codes = new ArrayList<>();
        int[][] numbered = new int[3][];
        String[][] columns = {countryCodes, admin1s, featureCodes};
        for (int c = 0; c < columns.length; c++) {
            numbered[c] = new int[columns[c].length];
            for (int place = 0; place < columns[c].length; place++) {
                numbered[c][place] = numbers.computeIfAbsent(columns[c][place], code -> {
                    codes.add(code);
                    return codes.size() - 1;
                });
            }
        }
        out.writeInt(codes.size());
        for (String code : codes) {
            out.writeUTF(code);
        }
        ColumnStream.write(out, geonameIds);
        ColumnStream.write(out, populations);
        ColumnStream.write(out, lats);
        ColumnStream.write(out, lons);
        ColumnStream.write(out, names);
        ColumnStream.write(out, nameEnds);
        for (int[] column : numbered) {
            ColumnStream.write(out, column);
        }
    }

    static Places readFrom(DataInputStream in) throws IOException {
        String[] codes = new String[in.readInt()];
        for (int i = 0; i < codes.length; i++) {
            codes[i] = in.readUTF();
        }
        return new Places(
                ColumnStream.readLongs(in),
                ColumnStream.readLongs(in),
                ColumnStream.readDoubles(in),
                ColumnStream.readDoubles(in),
                ColumnStream.readBytes(in),
                ColumnStream.readInts(in),
                new Codes(codes(in, codes), codes(in, codes), codes(in, codes)));
    }

    private static String[] codes(DataInputStream in, String[] codes) throws IOException {
        int[] numbers = ColumnStream.readInts(in);
        String[] column = new String[numbers.length];
        for (int place = 0; place < numbers.length; place++) {
            column[place] = codes[numbers[place]];
        }
        return column;
    }

    int size() {
        return geonameIds.length;
    }

    long population(int place) {
        return populations[place];
    }

    long geonameId(int place) {
        return geonameIds[place];
    }

    City city(int place) {
        int start = place == 0 ? 0 : nameEnds[place - 1];
        return new City(
                geonameIds[place],
                new String(names, start, nameEnds[place] - start, StandardCharsets.UTF_8),
                countryCodes[place],
                admin1s[place],
                lats[place],
                lons[place],
                populations[place],
                featureCodes[place]);
    }

    /** Collects places one by one; {@link #build()} trims the columns to their size. */
    static final class Builder {

        private final Map<String, String> codes = new HashMap<>();
        private final ByteArrayOutputStream names = new ByteArrayOutputStream(1 << 21);
        private int size;
        private long[] geonameIds = new long[1 << 14];
        private long[] populations = new long[1 << 14];
        private double[] lats = new double[1 << 14];
        private double[] lons = new double[1 << 14];
        private int[] nameEnds = new int[1 << 14];
        private String[] countryCodes = new String[1 << 14];
        private String[] admin1s = new String[1 << 14];
        private String[] featureCodes = new String[1 << 14];

        /** Adds a place and answers its index. */
        int add(City city) {
            if (size == geonameIds.length) {
                grow(size * 2);
            }
            geonameIds[size] = city.geonameId();
            populations[size] = city.population();
            lats[size] = city.lat();
            lons[size] = city.lon();
            names.writeBytes(city.name().getBytes(StandardCharsets.UTF_8));
            nameEnds[size] = names.size();
            countryCodes[size] = shared(city.countryCode());
            admin1s[size] = shared(city.admin1());
            featureCodes[size] = shared(city.featureCode());
            return size++;
        }

        Places build() {
            return new Places(this);
        }

        private String shared(String code) {
            return codes.computeIfAbsent(code, c -> c);
        }

        private void grow(int capacity) {
            geonameIds = Arrays.copyOf(geonameIds, capacity);
            populations = Arrays.copyOf(populations, capacity);
            lats = Arrays.copyOf(lats, capacity);
            lons = Arrays.copyOf(lons, capacity);
            nameEnds = Arrays.copyOf(nameEnds, capacity);
            countryCodes = Arrays.copyOf(countryCodes, capacity);
            admin1s = Arrays.copyOf(admin1s, capacity);
            featureCodes = Arrays.copyOf(featureCodes, capacity);
        }
    }
}
