package org.vigil.sources.suggestions;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.vigil.contracts.vocabulary.ClaimProperty;
import org.vigil.contracts.vocabulary.EstimatedBy;
import org.vigil.contracts.vocabulary.FigureValue;
import org.vigil.contracts.vocabulary.Qualifier;
import org.vigil.contracts.vocabulary.VagueQuantity;

/**
 * Finds the figures a clause states about people (attendance, injured, killed, arrested) and
 * reads each as a {@link FigureValue} with its qualifier:
 *
 * <pre>
 * over, more than, in excess of, upwards of, above     → over      low = N
 * at least, no fewer than, a minimum of                → at_least  low = N
 * about, around, approximately, roughly, some,
 *   an estimated, nearly, almost, close to, just under → about     low = high = N
 * up to, as many as                                    → up_to     high = N
 * fewer than, less than, under, below                  → under     high = N
 * between N and M, N–M, N to M                         → range     low = N, high = M
 * a bare number                                        → exact     low = high = N
 * a vague word ("tens of thousands")                   → range, from {@link VagueQuantity}
 * </pre>
 *
 * "Nearly 3,000" is read as {@code about}, not {@code under}: the writer states the magnitude,
 * and {@code under} (no low end) would lose it and make every smaller figure look consistent
 * with it. Persian qualifiers (بیش از، حدود، دست‌کم، کمتر از) and multipliers (هزار، میلیون) read
 * the same way; digits arrive folded to Latin.
 *
 * <p>A number becomes a figure only when the clause ties it to people: "250,000 attended",
 * "drew 350,000", "a crowd estimated at more than 3,000 people", "two protesters were seriously
 * injured", "14 arrests". Years, days of the month, ages ("56-year-old"), times ("3:34 pm"),
 * sums ("$0 bail") and counts of other things ("27 rallies", "13,000 signatures") are not.
 */
final class FigureMentions {

    /** How many characters either side of a number are read to decide what it counts. */
    private static final int CONTEXT = 200;

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;

    private static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("one", 1),
            Map.entry("two", 2),
            Map.entry("three", 3),
            Map.entry("four", 4),
            Map.entry("five", 5),
            Map.entry("six", 6),
            Map.entry("seven", 7),
            Map.entry("eight", 8),
            Map.entry("nine", 9),
            Map.entry("ten", 10),
            Map.entry("eleven", 11),
            Map.entry("twelve", 12),
            Map.entry("thirteen", 13),
            Map.entry("fourteen", 14),
            Map.entry("fifteen", 15),
            Map.entry("sixteen", 16),
            Map.entry("seventeen", 17),
            Map.entry("eighteen", 18),
            Map.entry("nineteen", 19),
            Map.entry("twenty", 20),
            Map.entry("thirty", 30),
            Map.entry("forty", 40),
            Map.entry("fifty", 50),
            Map.entry("sixty", 60),
            Map.entry("seventy", 70),
            Map.entry("eighty", 80),
            Map.entry("ninety", 90),
            Map.entry("a", 1));
    private static final Map<String, Qualifier> QUALIFIERS = qualifiers();

    private static final String NUMBER_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            + "|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty"
            + "|seventy|eighty|ninety";
    private static final String NUMBER = "(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?"
            + "|(?:a|" + NUMBER_WORDS + ")\\s+dozen|a\\s+(?:hundred|thousand|million)|(?:" + NUMBER_WORDS + "))"
            + "(?:k\\b|\\s+(?:hundred|thousand|million|هزار|میلیون)\\b)?";
    private static final String QUALIFIER = QUALIFIERS.keySet().stream()
            .sorted((a, b) -> Integer.compare(b.length(), a.length()))
            .map(q -> q.replace(" ", "\\s+"))
            .collect(Collectors.joining("|"));
    private static final String VAGUE = VagueQuantity.spellings().stream()
            .map(s -> Pattern.quote(s).replace(" ", "\\E\\s+\\Q"))
            .collect(Collectors.joining("|"));

    private static final Pattern FIGURE = Pattern.compile(
            "(?:\\bbetween\\s+(?<a>" + NUMBER + ")\\s+and\\s+(?<b>" + NUMBER + "))"
                    + "|(?:\\b(?:from\\s+)?(?<c>" + NUMBER + ")\\s*(?:-|to)\\s*(?<d>" + NUMBER + "))"
                    + "|(?:(?<vq>" + QUALIFIER + ")\\s+)?(?<![\\p{L}\\d])(?<vague>" + VAGUE + ")(?![\\p{L}])"
                    + "(?:\\s+of\\b)?"
                    + "|(?:\\b(?<q>" + QUALIFIER + ")\\s+)?(?<![\\p{L}\\d,.$€£#])(?<n>" + NUMBER + ")(?![\\p{L}\\d])",
            FLAGS);

    private static final String MONTHS = "(?:" + MonthNames.english() + ")\\b";
    private static final Pattern NOT_PEOPLE_AFTER = Pattern.compile(
            "^(?:-\\p{L}|\\s*%|\\s*per\\s*cent|:\\d|\\s*(?:p\\.m\\.|a\\.m\\.|pm\\b|am\\b)|\\s+" + MONTHS + ")", FLAGS);
    private static final Pattern NOT_PEOPLE_BEFORE = Pattern.compile("(?:[$€£#]\\s*|" + MONTHS + "\\s+)$", FLAGS);

    private static final String PEOPLE = "people|persons|protesters|protestors|demonstrators|participants|attendees"
            + "|marchers|supporters|rally-goers|Iranians|Iranian-\\p{L}+|members|نفر|معترض|معترضان|تظاهرکننده"
            + "|تظاهرکنندگان|ایرانی";
    private static final Pattern UNIT =
            Pattern.compile("^(?:\\s+(?:of\\s+)?(?:" + PEOPLE + ")\\b)?(?:\\s+in\\s+attendance\\b)?", FLAGS);
    private static final Pattern IN_ATTENDANCE = Pattern.compile("^\\s+(?:people\\s+)?in\\s+attendance\\b", FLAGS);
    private static final Pattern PEOPLE_NEXT = Pattern.compile("^\\s+(?:of\\s+)?(?:" + PEOPLE + ")\\b", FLAGS);

    private static final String AUX = "(?:were|was|are|is|being|been|have\\s+been|has\\s+been|had\\s+been|got|get"
            + "|remain|remained|remains|reportedly|later|also|all|each|then)";
    private static final Pattern INJURED_AFTER = afterVerb("injured|wounded|hurt|hospitali[sz]ed");
    private static final Pattern INJURED_NOUN = Pattern.compile("^\\s+(?:injuries|injured|wounded)\\b", FLAGS);
    private static final Pattern INJURED_BEFORE = before("injuring|wounding|hospitali[sz]ing");
    private static final Pattern ARRESTED_AFTER =
            afterVerb("arrested|detained|imprisoned|jailed|taken\\s+into\\s+custody|held\\s+in\\s+custody");
    private static final Pattern ARRESTED_NOUN =
            Pattern.compile("^\\s+(?:arrests|detentions|arrested|detained)\\b", FLAGS);
    private static final Pattern ARRESTED_BEFORE = before("arrested|detained|arresting|detaining|arrests\\s+of");
    private static final Pattern KILLED_AFTER = afterVerb("killed|died|dead|murdered|shot\\s+dead|executed");
    private static final Pattern KILLED_NOUN = Pattern.compile("^\\s+(?:deaths|dead|fatalities|killed)\\b", FLAGS);
    private static final Pattern KILLED_BEFORE = before("killing|killed");
    private static final Pattern ATTENDED_AFTER =
            afterVerb("attended|joined|took\\s+part|gathered|marched|rallied|turned\\s+out|participated|protested"
                    + "|demonstrated|assembled|showed\\s+up|were\\s+present|were\\s+in\\s+attendance");
    private static final Pattern ATTENDED_BEFORE = before(
            "drew|draw|draws|drawing|attracted|attracting|attended\\s+by|crowds?\\s+of|crowds?\\s+estimated\\s+at"
                    + "|crowds?\\s+numbering|turnout\\s+of|attendance\\s+of|gathering\\s+of|rally\\s+of|march\\s+of"
                    + "|estimated\\s+at|numbering");
    private static final Pattern PERSIAN_INJURED = Pattern.compile("زخمی|مجروح");
    private static final Pattern PERSIAN_ARRESTED = Pattern.compile("بازداشت|دستگیر");
    private static final Pattern PERSIAN_KILLED = Pattern.compile("کشته|جان باخت");
    private static final Pattern PERSIAN_ATTENDED = Pattern.compile("شرکت|حضور|تجمع|راهپیمایی");

    private static final Pattern ESTIMATOR_AFTER = Pattern.compile(
            "^,?\\s+according\\s+to\\s+(?:the\\s+)?(?:[\\p{Lu}][\\p{L}-]*\\s+)?"
                    + "(?<who>police|organi[sz]ers|officials|authorities)\\b",
            FLAGS);
    private static final Pattern ESTIMATOR_BEFORE = Pattern.compile(
            "\\b(?<who>police|organi[sz]ers|officials|authorities)\\s+(?:said|say|says|estimated|estimate|estimates"
                    + "|counted|reported|put\\s+(?:the\\s+)?(?:crowd|attendance|turnout|number)\\s+at)\\s+(?:that\\s+)?"
                    + "(?:the\\s+crowd\\s+was\\s+|there\\s+were\\s+)?$",
            FLAGS);

    /** The figures in {@code clause}, with offsets into it. */
    List<FigureMention> in(String clause) {
        List<FigureMention> found = new ArrayList<>();
        Matcher m = FIGURE.matcher(clause);
        while (m.find()) {
            Optional<FigureMention> figure = figure(clause, m);
            figure.ifPresent(found::add);
        }
        return found;
    }

    private Optional<FigureMention> figure(String clause, Matcher m) {
        int start = m.start();
        int end = m.group("vague") != null ? m.end("vague") : m.end(); // "thousands", not "thousands of"
        // the words that tie a number to people are near it: look no further, whatever the clause's length
        String before = clause.substring(Math.max(0, start - CONTEXT), start);
        String after = clause.substring(end, Math.min(clause.length(), end + CONTEXT));
        if (NOT_PEOPLE_AFTER.matcher(after).find()
                || NOT_PEOPLE_BEFORE.matcher(before).find()) {
            return Optional.empty();
        }
        if (m.group("n") != null
                && m.group("q") == null
                && isYear(m.group("n"))
                && !PEOPLE_NEXT.matcher(after).find()) {
            return Optional.empty();
        }
        if (m.group("c") != null && isYear(m.group("c"))) {
            return Optional.empty(); // "2022-2023"
        }
        Optional<Counted> counted = property(before, after);
        if (counted.isEmpty()) {
            return Optional.empty();
        }
        Matcher unit = UNIT.matcher(after);
        int unitEnd = end + (unit.find() ? unit.end() : 0);
        String afterUnit = clause.substring(unitEnd, Math.min(clause.length(), unitEnd + CONTEXT));
        EstimatedBy estimatedBy = estimatedBy(before, afterUnit);
        int reach = Math.max(unitEnd, end + counted.get().reach());
        String words = clause.substring(start, end).strip();
        return value(m, estimatedBy, words)
                .map(value -> new FigureMention(start, end, reach, counted.get().property(), value));
    }

    /** What a figure counts, and how far after it the words saying so reach (0 when they precede it). */
    private record Counted(ClaimProperty property, int reach) {}

    private static Optional<Counted> property(String before, String after) {
        if (after.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC)) {
            for (var cue : List.of(
                    Map.entry(PERSIAN_INJURED, ClaimProperty.INJURED),
                    Map.entry(PERSIAN_ARRESTED, ClaimProperty.ARRESTED),
                    Map.entry(PERSIAN_KILLED, ClaimProperty.KILLED),
                    Map.entry(PERSIAN_ATTENDED, ClaimProperty.ATTENDANCE))) {
                Matcher m = cue.getKey().matcher(after);
                if (m.find()) {
                    return Optional.of(new Counted(cue.getValue(), wordEnd(after, m.end())));
                }
            }
        }
        for (var cue : List.of(
                new Cue(ClaimProperty.INJURED, INJURED_AFTER, INJURED_NOUN, INJURED_BEFORE),
                new Cue(ClaimProperty.ARRESTED, ARRESTED_AFTER, ARRESTED_NOUN, ARRESTED_BEFORE),
                new Cue(ClaimProperty.KILLED, KILLED_AFTER, KILLED_NOUN, KILLED_BEFORE),
                new Cue(ClaimProperty.ATTENDANCE, ATTENDED_AFTER, IN_ATTENDANCE, ATTENDED_BEFORE))) {
            for (Pattern p : List.of(cue.after, cue.noun)) {
                Matcher m = p.matcher(after);
                if (m.find()) {
                    return Optional.of(new Counted(cue.property, m.end()));
                }
            }
            if (cue.before.matcher(before).find()) {
                return Optional.of(new Counted(cue.property, 0));
            }
        }
        Matcher people = PEOPLE_NEXT.matcher(after);
        return people.find() ? Optional.of(new Counted(ClaimProperty.ATTENDANCE, people.end())) : Optional.empty();
    }

    private record Cue(ClaimProperty property, Pattern after, Pattern noun, Pattern before) {}

    private static int wordEnd(String text, int from) {
        int end = from;
        while (end < text.length()
                && !Character.isWhitespace(text.charAt(end))
                && ".,;:!?".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        return end;
    }

    private static EstimatedBy estimatedBy(String before, String afterUnit) {
        Matcher m = ESTIMATOR_AFTER.matcher(afterUnit);
        if (m.find()) {
            return estimator(m.group("who"));
        }
        m = ESTIMATOR_BEFORE.matcher(before);
        if (m.find()) {
            return estimator(m.group("who"));
        }
        // the source states the figure itself: a publication's own estimate (docs/product.md §5's example)
        return EstimatedBy.MEDIA;
    }

    private static EstimatedBy estimator(String who) {
        String w = who.toLowerCase(Locale.ROOT);
        if (w.equals("police")) {
            return EstimatedBy.POLICE;
        }
        if (w.startsWith("organi")) {
            return EstimatedBy.ORGANISERS;
        }
        return EstimatedBy.OFFICIALS;
    }

    private static Optional<FigureValue> value(Matcher m, EstimatedBy by, String words) {
        if (m.group("vague") != null) {
            return VagueQuantity.recognise(m.group("vague"))
                    .map(v -> new FigureValue(v.low(), v.high(), Qualifier.RANGE, by, words));
        }
        if (m.group("a") != null || m.group("c") != null) {
            long low = number(m.group("a") != null ? m.group("a") : m.group("c"));
            long high = number(m.group("b") != null ? m.group("b") : m.group("d"));
            return low < high ? Optional.of(new FigureValue(low, high, Qualifier.RANGE, by, words)) : Optional.empty();
        }
        String text = m.group("n");
        long n = number(text);
        String q = m.group("q");
        Qualifier qualifier = q == null
                ? (text.toLowerCase(Locale.ROOT).contains("dozen") ? Qualifier.ABOUT : Qualifier.EXACT)
                : QUALIFIERS.get(q.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
        return Optional.of(
                switch (qualifier) {
                    case OVER, AT_LEAST -> new FigureValue(n, null, qualifier, by, words);
                    case UP_TO, UNDER -> new FigureValue(null, n, qualifier, by, words);
                    default -> new FigureValue(n, n, qualifier, by, words);
                });
    }

    /** The value of a number as written: "250,000", "2.5 million", "two dozen", "۲۵۰ هزار", "twelve". */
    static long number(String written) {
        String s = written.toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
        long multiplier = 1;
        if (s.endsWith("k")) {
            multiplier = 1_000;
            s = s.substring(0, s.length() - 1);
        } else {
            for (var unit : List.of(
                    Map.entry(" million", 1_000_000L),
                    Map.entry(" میلیون", 1_000_000L),
                    Map.entry(" thousand", 1_000L),
                    Map.entry(" هزار", 1_000L),
                    Map.entry(" hundred", 100L),
                    Map.entry(" dozen", 12L))) {
                if (s.endsWith(unit.getKey())) {
                    multiplier = unit.getValue();
                    s = s.substring(0, s.length() - unit.getKey().length()).strip();
                    break;
                }
            }
        }
        BigDecimal base = WORDS.containsKey(s) ? BigDecimal.valueOf(WORDS.get(s)) : new BigDecimal(s.replace(",", ""));
        return base.multiply(BigDecimal.valueOf(multiplier)).longValue();
    }

    private static boolean isYear(String number) {
        if (!number.matches("\\d{4}")) {
            return false;
        }
        int year = Integer.parseInt(number);
        return year >= 1900 && year <= 2100;
    }

    private static Pattern afterVerb(String verbs) {
        // up to three words ("Metropolitan Police officers"), auxiliaries, an adverb, then the verb
        return Pattern.compile(
                "^(?:\\s+[\\p{L}'-]+){0,3}?(?:\\s+" + AUX + ")*(?:\\s+\\p{L}+ly)?\\s+(?:" + verbs + ")\\b", FLAGS);
    }

    private static Pattern before(String words) {
        return Pattern.compile("\\b(?:" + words + ")\\s+$", FLAGS);
    }

    private static Map<String, Qualifier> qualifiers() {
        Map<String, Qualifier> q = new HashMap<>();
        said(
                q,
                Qualifier.OVER,
                "over, more than, in excess of, upwards of, above, well over, just over, بیش از, بیشتر از");
        said(
                q,
                Qualifier.AT_LEAST,
                "at least, no fewer than, no less than, not less than, a minimum of, دست کم, دستکم, حداقل");
        said(
                q,
                Qualifier.ABOUT,
                "about, around, approximately, roughly, some, an estimated, estimated, nearly, almost, close to, just under, حدود, حدودا, تقریبا, نزدیک به, بالغ بر");
        said(q, Qualifier.UP_TO, "up to, as many as");
        said(q, Qualifier.UNDER, "fewer than, less than, under, below, کمتر از");
        return Map.copyOf(q);
    }

    /** Each of {@code words} (separated by commas) before a number says the figure is {@code qualifier}. */
    private static void said(Map<String, Qualifier> q, Qualifier qualifier, String words) {
        for (String word : words.split(", ")) {
            q.put(word, qualifier);
        }
    }
}
