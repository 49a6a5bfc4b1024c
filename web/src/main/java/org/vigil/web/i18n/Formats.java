package org.vigil.web.i18n;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.DecimalStyle;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.vigil.web.api.PublicEvent;

/**
 * How numbers, dates, places and figures read in the reader's language: Persian digits and month
 * names on Persian pages. Templates call these as {@code {count.number}}, {@code {event.when}};
 * the page's language comes from the template's {@code locale} attribute.
 */
@TemplateExtension
public final class Formats {

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
        Locale in = locale(locale);
        String precision = Objects.requireNonNullElse(event.precision(), "day");
        return switch (precision) {
            case "day" -> formatDay(event.start(), in);
            case "month" -> formatMonth(event.start(), in);
            case "open" -> messages(in).date_open(formatDay(event.start(), in));
            default ->
                Objects.equals(event.start(), event.end())
                        ? formatDay(event.start(), in)
                        : formatDay(event.start(), in) + " – " + formatDay(event.end(), in);
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
        PublicEvent.Place place = event.place();
        if (place == null) {
            return "";
        }
        return Stream.of(place.venue(), place.city(), place.admin1(), countryName(place.countryCode(), locale))
                .filter(part -> part != null && !part.isBlank())
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
        Locale in = locale(locale);
        Messages msg = messages(in);
        String low = format(figure.low(), in);
        String high = format(figure.high(), in);
        if (figure.low() != null && figure.high() != null) {
            return figure.low().equals(figure.high()) ? low : msg.figure_between(low, high);
        }
        if (figure.low() != null) {
            return msg.figure_at_least(low);
        }
        return figure.high() != null ? msg.figure_up_to(high) : "";
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
