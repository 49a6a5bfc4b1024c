package org.vigil.sources.suggestions;

import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.sources.quotes.TextNormalisation;

/**
 * Finds the cities a text names, with the gazetteer's coordinates and country.
 *
 * <p>A name alone is weak evidence: "Police" is a town in Poland, "Armenia" a city in Colombia,
 * "Holland" a town in Michigan. So a name is taken for a city only when
 * <ul>
 *   <li>it is not a country's name, nor the last word of a person's name ("David Holland");
 *   <li>the text marks it as a place ("in Hamburg", "the Munich rally", "Toronto police"), or it
 *       sits in a list with such a name, and its largest namesake has at least
 *       {@value #CUED_POPULATION} people or clearly dominates its namesakes; or, unmarked, its
 *       largest namesake has at least {@value #UNCUED_POPULATION} people and dominates.
 * </ul>
 * A name chain without "and" ("Westwood, Los Angeles, California") names one place: the first
 * link that is a real city is taken and the rest read as its district or region.
 *
 * <p>Works on text folded by {@link TextNormalisation}; offsets are indices into that text.
 */
final class PlaceMentions {

    static final long CUED_POPULATION = 50_000;
    static final long UNCUED_POPULATION = 100_000;
    /** Persian has no capital letters to hint at a name, so unmarked Persian names need more. */
    static final long UNCUED_POPULATION_ARABIC_SCRIPT = 500_000;
    /** A namesake this many times larger than the next one is the one meant. */
    static final long DOMINANCE = 5;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+(?:['-][\\p{L}\\p{M}]+)*");
    private static final Set<String> CONNECTORS = Set.of(
            "de", "del", "da", "do", "di", "du", "la", "le", "les", "los", "las", "am", "an", "im", "on", "upon", "sur",
            "en", "el", "al", "of");
    private static final Set<String> CUES_BEFORE = Set.of(
            "in", "at", "from", "outside", "near", "across", "to", "into", "like", "throughout", "around", "در", "شهر");
    private static final Set<String> CUES_AFTER = Set.of(
            "rally",
            "rallies",
            "protest",
            "protests",
            "protesters",
            "demonstration",
            "demonstrations",
            "march",
            "marches",
            "vigil",
            "vigils",
            "gathering",
            "police",
            "crowd",
            "crowds",
            "residents",
            "consulate",
            "embassy");
    /** Capitalised words that open a sentence or a phrase and so do not make the next word a surname. */
    private static final Set<String> FUNCTION_WORDS = Set.of(
            "in",
            "at",
            "on",
            "by",
            "from",
            "of",
            "for",
            "to",
            "the",
            "a",
            "an",
            "and",
            "or",
            "but",
            "while",
            "during",
            "after",
            "before",
            "following",
            "since",
            "until",
            "outside",
            "near",
            "across",
            "like",
            "when",
            "as",
            "with",
            "both",
            "also",
            "many",
            "some",
            "thousands",
            "hundreds",
            "greater",
            "central",
            "downtown",
            "north",
            "south",
            "east",
            "west",
            "northern",
            "southern",
            "eastern",
            "western");

    private static final Pattern LIST_GAP = Pattern.compile(",\\s*|,?\\s+(?:and|or|و)\\s+");
    private static final Pattern LIST_END = Pattern.compile("^,?\\s+(?:and|or|و)\\s");

    private final Gazetteer gazetteer;
    private final CountryNames countries = new CountryNames();

    PlaceMentions(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The cities named in {@code text}, in order. */
    List<PlaceMention> in(String text) {
        List<Candidate> candidates = candidates(text);
        List<PlaceMention> places = new ArrayList<>();
        int i = 0;
        while (i < candidates.size()) {
            int j = i + 1;
            boolean list = false;
            while (j < candidates.size()) {
                String gap = text.substring(candidates.get(j - 1).end, candidates.get(j).start);
                if (!LIST_GAP.matcher(gap).matches()) {
                    break;
                }
                list |= !gap.strip().equals(",");
                j++;
            }
            List<Candidate> group = candidates.subList(i, j);
            list |= LIST_END.matcher(text)
                    .region(group.get(group.size() - 1).end, text.length())
                    .lookingAt();
            boolean cued = group.stream().anyMatch(c -> c.cued);
            if (list || group.size() == 1) {
                for (Candidate c : group) {
                    if (accepted(c, cued)) {
                        places.add(new PlaceMention(c.start, c.end, c.cities.get(0)));
                    }
                }
            } else {
                // a chain such as "Westwood, Los Angeles, California": one place, the first real city
                for (Candidate c : group) {
                    if (c.cities.get(0).population() >= CUED_POPULATION) {
                        if (accepted(c, cued)) {
                            places.add(new PlaceMention(c.start, c.end, c.cities.get(0)));
                        }
                        break;
                    }
                }
            }
            i = j;
        }
        return places;
    }

    private boolean accepted(Candidate c, boolean cued) {
        List<City> cities = c.cities;
        long largest = cities.get(0).population();
        long next = cities.size() > 1 ? cities.get(1).population() : 0;
        boolean dominant = largest >= DOMINANCE * next;
        if (cued) {
            return largest >= CUED_POPULATION || (dominant && largest >= Gazetteer.MIN_POPULATION);
        }
        long needed = c.arabicScript ? UNCUED_POPULATION_ARABIC_SCRIPT : UNCUED_POPULATION;
        return largest >= needed && (dominant || largest >= 10 * needed);
    }

    /** Every longest run of words that the gazetteer knows, with what marks it as a place. */
    private List<Candidate> candidates(String text) {
        List<int[]> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(new int[] {m.start(), m.end()});
        }
        List<Candidate> found = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            Candidate best = null;
            for (int n = Math.min(4, words.size() - i); n >= 1 && best == null; n--) {
                best = candidate(text, words, i, n);
            }
            if (best == null) {
                i++;
                continue;
            }
            i += best.words;
            if (best.cities != null) {
                found.add(best);
            }
        }
        return found;
    }

    private Candidate candidate(String text, List<int[]> words, int first, int count) {
        int start = words.get(first)[0];
        int end = words.get(first + count - 1)[1];
        for (int k = first + 1; k < first + count; k++) {
            if (!text.substring(words.get(k - 1)[1], words.get(k)[0]).equals(" ")) {
                return null;
            }
        }
        String name = text.substring(start, end);
        boolean arabic = UnicodeScript.of(name.codePointAt(0)) == UnicodeScript.ARABIC;
        if (!arabic && !capitalised(text, words, first, count)) {
            return null;
        }
        if (countries.codeOf(name).isPresent()) {
            return new Candidate(start, end, count, null, false, arabic); // a country: consumed, not a city
        }
        List<City> cities = gazetteer.named(name);
        if (cities.isEmpty()) {
            return null;
        }
        if (!arabic && first > 0 && surnameContext(text, words, first)) {
            return null;
        }
        String before = first > 0 ? word(text, words, first - 1).toLowerCase(Locale.ROOT) : "";
        boolean adjacentBefore =
                first > 0 && text.substring(words.get(first - 1)[1], start).equals(" ");
        String after =
                first + count < words.size() ? word(text, words, first + count).toLowerCase(Locale.ROOT) : "";
        boolean adjacentAfter = first + count < words.size()
                && text.substring(end, words.get(first + count)[0]).equals(" ");
        boolean cued =
                (adjacentBefore && CUES_BEFORE.contains(before)) || (adjacentAfter && CUES_AFTER.contains(after));
        return new Candidate(start, end, count, cities, cued, arabic);
    }

    private static boolean capitalised(String text, List<int[]> words, int first, int count) {
        for (int k = first; k < first + count; k++) {
            String w = word(text, words, k);
            boolean upper = Character.isUpperCase(w.codePointAt(0));
            boolean connector = k > first && k < first + count - 1 && CONNECTORS.contains(w);
            if (!upper && !connector) {
                return false;
            }
        }
        return true;
    }

    /** Whether the word before is a capitalised given name, making this word a surname. */
    private static boolean surnameContext(String text, List<int[]> words, int first) {
        if (!text.substring(words.get(first - 1)[1], words.get(first)[0]).equals(" ")) {
            return false;
        }
        String previous = word(text, words, first - 1);
        return Character.isUpperCase(previous.codePointAt(0))
                && !FUNCTION_WORDS.contains(previous.toLowerCase(Locale.ROOT));
    }

    private static String word(String text, List<int[]> words, int k) {
        return text.substring(words.get(k)[0], words.get(k)[1]);
    }

    private record Candidate(int start, int end, int words, List<City> cities, boolean cued, boolean arabicScript) {}
}
