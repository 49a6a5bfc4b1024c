package org.vigil.sources.suggestions;

import java.text.BreakIterator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.contracts.vocabulary.FigureValue;
import org.vigil.sources.quotes.NormalisedText;
import org.vigil.sources.quotes.QuoteMatcher;
import org.vigil.sources.quotes.TextNormalisation;
import org.vigil.sources.quotes.TextQuoteSelector;

/**
 * Proposes candidate claims found in a source's text (issue 3, point 6): every figure about
 * people (attendance, injured, killed, arrested) with its qualifier, the city it happened in with
 * the gazetteer's coordinates and country, the date, and a quote that backs all three.
 *
 * <p>How a figure finds its place and date, closest first:
 * <ol>
 *   <li>its clause ("Over 250,000 attended the 14 February rally in Munich");
 *   <li>its sentence, when the sentence names one city or gives one date ("The 14 February rally
 *       in London also drew 50,000, and the rally in Vancouver drew 45,000");
 *   <li>the sentence before, in the same paragraph ("On 11 January 2026, a truck ... in
 *       Westwood, Los Angeles. ... a crowd estimated at more than 3,000 people").
 * </ol>
 * A clause naming several cities gives the figure to each only when it says so ("the Toronto
 * and Los Angeles rallies each drew 350,000"); otherwise the figure has no city rather than a
 * guessed one. The quote runs from the first clause used to the end of the figure, so that what
 * a contributor submits is backed word for word; its prefix and suffix make it unique.
 *
 * <p>The same claim stated again (Wikipedia repeats its lead in its sections) is suggested once,
 * at its first occurrence.
 */
public final class Suggestions {

    /** How many sentences back, within a paragraph, a figure's place and date may be found. */
    static final int LOOK_BACK = 2;

    private static final Pattern LINE = Pattern.compile("[^\\r\\n]+");
    private static final Pattern CLAUSE_BREAK = Pattern.compile(
            ";\\s+|,\\s+(?=(?:and|but|while|whereas)\\s+(?:the|a|an)\\b)|,?\\s+(?=(?:while|whereas)\\s)");
    private static final Pattern EACH = Pattern.compile(
            "\\b(?:each|both|respectively)\\b|هر\\s*کدام|هرکدام",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

    private final TextNormalisation normalisation;
    private final QuoteMatcher quotes;
    private final PlaceMentions places;
    private final DateMentions dates = new DateMentions();
    private final FigureMentions figures = new FigureMentions();

    public Suggestions(Gazetteer gazetteer) {
        this.normalisation = new TextNormalisation();
        this.quotes = new QuoteMatcher(normalisation);
        this.places = new PlaceMentions(gazetteer);
    }

    /**
     * The candidate claims in {@code text}, in the order the text states them.
     *
     * @param publishedOn the source's publication date, which dates without a year are read
     *     against; null when unknown (the year the text mentions most is used then)
     */
    public List<Suggestion> in(String text, LocalDate publishedOn) {
        NormalisedText whole = normalisation.normalise(text);
        DateMentions.Years years = new DateMentions.Years(publishedOn, DateMentions.documentYear(text));
        List<Suggestion> found = new ArrayList<>();
        Matcher line = LINE.matcher(text);
        while (line.find()) {
            Paragraph paragraph = new Paragraph(line.start(), normalisation.normalise(line.group()));
            for (Suggestion s : paragraph.suggestions(whole, years)) {
                addUnlessRepeated(found, s);
            }
        }
        // selectors last: making a quote unique scans the whole text, so only for what is kept
        return found.stream()
                .map(s -> new Suggestion(
                        s.property(),
                        s.value(),
                        s.place(),
                        s.date(),
                        quotes.selectorFor(whole, s.start(), s.end()),
                        s.start(),
                        s.end()))
                .toList();
    }

    /**
     * Adds {@code s} unless an earlier suggestion already claims the same figure for the same
     * place on the same date; a date on either side counts as the same when the other has none,
     * and then the dated one is kept.
     */
    private static void addUnlessRepeated(List<Suggestion> found, Suggestion s) {
        for (int i = 0; i < found.size(); i++) {
            Suggestion earlier = found.get(i);
            if (!sameFigureAndPlace(earlier, s)) {
                continue;
            }
            if (Objects.equals(earlier.date(), s.date()) || s.date() == null) {
                return;
            }
            if (earlier.date() == null) {
                found.set(i, s);
                return;
            }
        }
        found.add(s);
    }

    private static boolean sameFigureAndPlace(Suggestion a, Suggestion b) {
        FigureValue x = a.value();
        FigureValue y = b.value();
        return a.property() == b.property()
                && Objects.equals(x.low(), y.low())
                && Objects.equals(x.high(), y.high())
                && x.qualifier() == y.qualifier()
                && Objects.equals(
                        a.place() == null ? null : a.place().geonameId(),
                        b.place() == null ? null : b.place().geonameId());
    }

    /** One line of the source: sentences and clauses are found in its folded text. */
    private final class Paragraph {
        private final int base;
        private final NormalisedText text;
        private final String folded;
        private final List<PlaceMention> placeMentions;
        private final List<int[]> sentences = new ArrayList<>();

        Paragraph(int base, NormalisedText text) {
            this.base = base;
            this.text = text;
            this.folded = text.folded();
            this.placeMentions = places.in(folded);
            BreakIterator breaks = BreakIterator.getSentenceInstance(Locale.ENGLISH);
            breaks.setText(folded);
            for (int s = breaks.first(), e = breaks.next(); e != BreakIterator.DONE; s = e, e = breaks.next()) {
                sentences.add(new int[] {s, e});
            }
        }

        List<Suggestion> suggestions(NormalisedText whole, DateMentions.Years years) {
            List<DateMention> dateMentions = dates.in(folded, years);
            List<Suggestion> found = new ArrayList<>();
            for (int k = 0; k < sentences.size(); k++) {
                int[] sentence = sentences.get(k);
                List<int[]> clauses = clauses(sentence);
                for (int[] clause : clauses) {
                    for (FigureMention figure : figures.in(folded.substring(clause[0], clause[1]))) {
                        FigureMention f = shift(figure, clause[0]);
                        // a number inside a date ("25 بهمن 1404") is a day or a year, never a count
                        if (dateMentions.stream().noneMatch(d -> d.start() < f.end() && f.start() < d.end())) {
                            found.addAll(suggest(whole, f, k, clauses, dateMentions));
                        }
                    }
                }
            }
            return found;
        }

        private List<Suggestion> suggest(
                NormalisedText whole,
                FigureMention figure,
                int k,
                List<int[]> clauses,
                List<DateMention> dateMentions) {
            int[] clause = clauses.stream()
                    .filter(c -> c[0] <= figure.start() && figure.start() < c[1])
                    .findFirst()
                    .orElse(sentences.get(k));
            List<PlaceMention> cities = citiesFor(clause, k);
            DateMention date = dateFor(figure, clause, k, dateMentions);

            // the quote runs from the first clause used to the last word used
            int quoteStart = clause[0];
            int quoteEnd = figure.reach();
            for (PlaceMention p : cities) {
                quoteStart = Math.min(quoteStart, startOfClauseOrSentence(p.start(), clauses, k));
                quoteEnd = Math.max(quoteEnd, p.end());
            }
            if (date != null) {
                quoteStart = Math.min(quoteStart, startOfClauseOrSentence(date.start(), clauses, k));
                quoteEnd = Math.max(quoteEnd, date.end());
            }
            while (quoteEnd > quoteStart && ",;: ".indexOf(folded.charAt(quoteEnd - 1)) >= 0) {
                quoteEnd--;
            }
            int start = originalStart(quoteStart);
            int end = originalEnd(quoteEnd);
            TextQuoteSelector quote = TextQuoteSelector.of(whole.original().substring(start, end));

            FigureValue v = figure.value();
            String words = whole.original().substring(originalStart(figure.start()), originalEnd(figure.end()));
            FigureValue value = new FigureValue(v.low(), v.high(), v.qualifier(), v.estimatedBy(), words);
            String edtf = date == null ? null : date.edtf();
            if (cities.isEmpty()) {
                return List.of(new Suggestion(figure.property(), value, null, edtf, quote, start, end));
            }
            List<Suggestion> suggestions = new ArrayList<>();
            for (PlaceMention p : cities) {
                City c = p.city();
                String name = whole.original().substring(originalStart(p.start()), originalEnd(p.end()));
                SuggestedPlace place =
                        new SuggestedPlace(name, c.countryCode(), c.admin1(), c.lat(), c.lon(), c.geonameId());
                suggestions.add(new Suggestion(figure.property(), value, place, edtf, quote, start, end));
            }
            return suggestions;
        }

        /** The cities a figure in {@code clause} of sentence {@code k} belongs to: one, each of several, or none. */
        private List<PlaceMention> citiesFor(int[] clause, int k) {
            List<PlaceMention> cities = distinct(placesWithin(placeMentions, clause));
            if (!cities.isEmpty()) {
                boolean each =
                        EACH.matcher(folded.substring(clause[0], clause[1])).find();
                return cities.size() == 1 || each ? cities : List.of(); // several, nothing saying which: no guess
            }
            cities = distinct(placesWithin(placeMentions, sentences.get(k)));
            // else the nearest earlier sentence that names a city decides, if it names only one
            for (int back = 1; cities.isEmpty() && back <= LOOK_BACK && k - back >= 0; back++) {
                cities = distinct(placesWithin(placeMentions, sentences.get(k - back)));
            }
            return cities.size() == 1 ? cities : List.of();
        }

        /** The date of a figure: the nearest in its clause, else its sentence, else the sentences before. */
        private DateMention dateFor(FigureMention figure, int[] clause, int k, List<DateMention> dateMentions) {
            DateMention date = nearest(datesWithin(dateMentions, clause), figure.start());
            if (date == null) {
                date = nearest(datesWithin(dateMentions, sentences.get(k)), figure.start());
            }
            for (int back = 1; date == null && back <= LOOK_BACK && k - back >= 0; back++) {
                List<DateMention> earlier = datesWithin(dateMentions, sentences.get(k - back));
                date = earlier.isEmpty() ? null : earlier.get(earlier.size() - 1);
            }
            return date;
        }

        /** The offset in the whole original text where the folded paragraph index {@code at} begins. */
        private int originalStart(int at) {
            return base + text.originalStart(at);
        }

        /** The offset in the whole original text where the folded paragraph range ending at {@code end} ends. */
        private int originalEnd(int end) {
            return base + text.originalEnd(end - 1);
        }

        private int startOfClauseOrSentence(int at, List<int[]> clauses, int k) {
            for (int[] c : clauses) {
                if (c[0] <= at && at < c[1]) {
                    return c[0];
                }
            }
            for (int j = k; j >= 0; j--) {
                if (sentences.get(j)[0] <= at) {
                    return sentences.get(j)[0];
                }
            }
            return 0;
        }

        private List<int[]> clauses(int[] sentence) {
            List<int[]> clauses = new ArrayList<>();
            Matcher m = CLAUSE_BREAK.matcher(folded).region(sentence[0], sentence[1]);
            int start = sentence[0];
            while (m.find()) {
                clauses.add(new int[] {start, m.start()});
                start = m.end();
            }
            clauses.add(new int[] {start, sentence[1]});
            return clauses;
        }
    }

    private static FigureMention shift(FigureMention f, int by) {
        return new FigureMention(f.start() + by, f.end() + by, f.reach() + by, f.property(), f.value());
    }

    private static List<PlaceMention> placesWithin(List<PlaceMention> mentions, int[] range) {
        return mentions.stream()
                .filter(p -> p.start() >= range[0] && p.end() <= range[1])
                .toList();
    }

    private static List<DateMention> datesWithin(List<DateMention> mentions, int[] range) {
        return mentions.stream()
                .filter(d -> d.start() >= range[0] && d.end() <= range[1])
                .toList();
    }

    /** One mention per city, the first. */
    private static List<PlaceMention> distinct(List<PlaceMention> mentions) {
        Set<Long> seen = new HashSet<>();
        return mentions.stream().filter(p -> seen.add(p.city().geonameId())).toList();
    }

    /** The date mentioned last before {@code at}, else the first after it. */
    private static DateMention nearest(List<DateMention> mentions, int at) {
        return mentions.stream()
                .filter(d -> d.start() < at)
                .max(Comparator.comparingInt(DateMention::start))
                .orElse(mentions.isEmpty() ? null : mentions.get(0));
    }
}
