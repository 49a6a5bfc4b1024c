package org.vigil.web.i18n;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.DecimalStyle;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.vigil.web.api.PublicEvent;
import org.vigil.web.api.Tally;

/**
 * How numbers, dates, places and figures read in the reader's language: Persian digits and month
 * names on Persian pages. Templates call these as {@code {count.number}}, {@code {event.when}};
 * the page's language comes from the template's {@code locale} attribute.
 */
@TemplateExtension
public final class Formats {

    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

    private Formats() {}

    private static Locale locale(Object attribute) {
        if (attribute instanceof Locale locale) {
            return locale;
        }
        return attribute == null ? Locale.ENGLISH : Locale.forLanguageTag(attribute.toString());
    }

    private static Messages messages(Locale locale) {
        return MessageBundles.get(Messages.class, Localized.Literal.of(locale.getLanguage()));
    }

    /** {@code 250000} as {@code 250,000} or {@code ۲۵۰٬۰۰۰}. */
    public static String number(Long value, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return value == null
                ? ""
                : NumberFormat.getIntegerInstance(locale(locale)).format(value);
    }

    /** A count ({@code 2} of {@code 3} approvals) in the reader's digits. */
    public static String number(Integer value, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return value == null ? "" : number(value.longValue(), locale);
    }

    /**
     * Text made of digits the record keeps as text (a version number, an ID's count) with the
     * reader's digits: {@code 12} as {@code ۱۲} on Persian pages; anything else stays as it is.
     */
    public static String digits(String text, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        if (text == null) {
            return "";
        }
        char zero = DecimalStyle.of(locale(locale)).getZeroDigit();
        if (zero == '0') {
            return text;
        }
        StringBuilder shown = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            shown.append(c >= '0' && c <= '9' ? (char) (zero + (c - '0')) : c);
        }
        return shown.toString();
    }

    /** {@code 2026-02-14} as {@code 14 February 2026} or its Persian form. */
    public static String day(String isoDate, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return formatDay(isoDate, locale(locale));
    }

    /** {@code 2026-02-14} as {@code 14 Feb}: a label on the timeline's axis. */
    public static String shortDay(String isoDate, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        Locale in = locale(locale);
        try {
            return DateTimeFormatter.ofPattern("d MMM", in)
                    .withDecimalStyle(DecimalStyle.of(in))
                    .format(LocalDate.parse(isoDate));
        } catch (DateTimeParseException | NullPointerException e) {
            return Objects.requireNonNullElse(isoDate, "");
        }
    }

    /** When an event was, as precisely as the record knows: a day, a month, a span or an open start. */
    public static String when(PublicEvent event, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        PublicEvent.Days days = event.days();
        return span(days.start(), days.end(), Objects.requireNonNullElse(days.precision(), "day"), locale(locale));
    }

    /** The period a tally counts over: {@code 11 January 2026 – 20 January 2026}, a month, or from a day on. */
    public static String when(Tally tally, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        Tally.Period dates = tally.dates();
        String period = Objects.requireNonNullElse(dates.date(), "");
        String precision = dates.start() == null || dates.end() == null
                ? "open"
                : MONTH.matcher(period).matches() ? "month" : "range";
        return span(dates.start(), dates.end(), precision, locale(locale));
    }

    /** The local time an event began, with its zone when the source gives one, in the reader's digits. */
    public static String local(
            PublicEvent.TimeOfDay time, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        Locale in = locale(locale);
        String clock;
        try {
            clock = DateTimeFormatter.ofPattern("HH:mm", in)
                    .withDecimalStyle(DecimalStyle.of(in))
                    .format(LocalTime.parse(time.time()));
        } catch (DateTimeParseException | NullPointerException e) {
            clock = Objects.requireNonNullElse(time.time(), "");
        }
        return time.timezone() == null || time.timezone().isBlank()
                ? messages(in).time_local(clock)
                : messages(in).time_zoned(clock, time.timezone());
    }

    private static String span(String start, String end, String precision, Locale in) {
        return switch (precision) {
            case "day" -> formatDay(start, in);
            case "month" -> formatMonth(start, in);
            case "open" -> messages(in).date_open(formatDay(start, in));
            default ->
                Objects.equals(start, end) ? formatDay(start, in) : formatDay(start, in) + " – " + formatDay(end, in);
        };
    }

    /** The instant of a change, as a day. */
    public static String changedOn(String instant, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        try {
            return formatDay(
                    Instant.parse(instant)
                            .atOffset(ZoneOffset.UTC)
                            .toLocalDate()
                            .toString(),
                    locale(locale));
        } catch (DateTimeParseException | NullPointerException e) {
            return Objects.requireNonNullElse(instant, "");
        }
    }

    /** Venue, city, region, country: as much of the place as the record has. */
    public static String where(PublicEvent event, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return where(event.fields().place(), locale);
    }

    /** Where a tally counts: a country, a city in it, a scope, or worldwide. */
    public static String where(Tally tally, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return where(tally.place(), locale);
    }

    /**
     * Venue, city, region, country; for an incident with no place on a map its scope and the countries
     * it targets ("Online, targeting the United Kingdom and Germany"); a tally's worldwide place is
     * {@code null}.
     */
    public static String where(PublicEvent.Place place, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        Locale in = locale(locale);
        if (place == null) {
            return messages(in).tally_worldwide();
        }
        if (place.scope() != null) {
            String targets = targetNames(place, locale);
            return targets.isEmpty()
                    ? messages(in).scope(place.scope())
                    : messages(in).place_scoped(messages(in).scope(place.scope()), targets);
        }
        return Stream.of(place.venue(), place.city(), place.admin1(), countryName(place.countryCode(), locale))
                .filter(part -> part != null && !part.isBlank())
                .collect(Collectors.joining(separator(locale(locale))));
    }

    /** The countries an incident targets, by name, in the reader's language. */
    private static String targetNames(PublicEvent.Place place, Object locale) {
        return place.targets().stream()
                .map(code -> countryName(code, locale))
                .collect(Collectors.joining(separator(locale(locale))));
    }

    /** {@code DE} as {@code Germany} or {@code آلمان}. */
    public static String countryName(String code, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String name = new Locale("", code).getDisplayCountry(locale(locale));
        return name == null || name.isBlank() ? code : name;
    }

    /** A figure's range: {@code 80,000 to 250,000}, {@code 250,000 or more}, {@code up to 5,000}. */
    public static String range(
            PublicEvent.Figure figure, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return range(figure.low(), figure.high(), locale(locale));
    }

    /** The range of the claims about one group of people (injured among police, say). */
    public static String range(PublicEvent.Span span, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return range(span.low(), span.high(), locale(locale));
    }

    private static String range(Long low, Long high, Locale in) {
        Messages msg = messages(in);
        String from = format(low, in);
        String to = format(high, in);
        if (low != null && high != null) {
            return low.equals(high) ? from : msg.figure_between(from, to);
        }
        if (low != null) {
            return msg.figure_at_least(from);
        }
        return high != null ? msg.figure_up_to(to) : "";
    }

    /** One estimate as its source put it: {@code over 250,000}, {@code about 3,000}. */
    public static String stated(
            PublicEvent.Estimate estimate, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        Locale in = locale(locale);
        String qualifier = Objects.requireNonNullElse(estimate.qualifier(), "exact");
        return messages(in).estimate(qualifier, format(estimate.low(), in), format(estimate.high(), in));
    }

    /** Text for a query parameter's value. */
    public static String urlEncoded(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String separator(Locale locale) {
        return "fa".equals(locale.getLanguage()) ? "، " : ", ";
    }

    private static String format(Long value, Locale locale) {
        return value == null ? "" : NumberFormat.getIntegerInstance(locale).format(value);
    }

    private static String formatDay(String isoDate, Locale locale) {
        if (isoDate == null) {
            return "…";
        }
        try {
            return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                    .withLocale(locale)
                    .withDecimalStyle(DecimalStyle.of(locale))
                    .format(LocalDate.parse(isoDate));
        } catch (DateTimeParseException e) {
            return isoDate;
        }
    }

    private static String formatMonth(String isoDate, Locale locale) {
        if (isoDate == null) {
            return "…";
        }
        try {
            return DateTimeFormatter.ofPattern("LLLL y", locale)
                    .withDecimalStyle(DecimalStyle.of(locale))
                    .format(LocalDate.parse(isoDate));
        } catch (DateTimeParseException e) {
            return isoDate;
        }
    }
}
