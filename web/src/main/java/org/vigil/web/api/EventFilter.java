package org.vigil.web.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The reader's filter, as the home page's GET form sends it and as the public API takes it
 * ({@code country}, {@code kind}, {@code from}, {@code to}, {@code campaign}, {@code q}). Blank
 * fields are no filter. Read with {@link #of}, which keeps only valid fields and names the others,
 * so a bad field is reported beside itself and never sent on.
 *
 * <p>{@code country} may also be a scope, {@code online} or {@code transnational}: the reader picks
 * "online" where they pick a country, and the API is asked for {@code scope=online} (docs/counting.md:
 * such incidents are counted in their own bucket, never in a country).
 */
public record EventFilter(String country, String kind, String from, String to, String campaign, String q) {

    public static final List<String> KINDS = List.of(
            "rally",
            "counter_protest",
            "attack",
            "threat",
            "restriction",
            "arrest",
            "petition",
            "official_action",
            "other");

    /** Where an incident with no place on a map is counted instead of a country. */
    public static final List<String> SCOPES = List.of("online", "transnational");

    static final int MAX_TEXT = 200;
    private static final Pattern COUNTRY = Pattern.compile("[A-Za-z]{2}");

    public static final EventFilter NONE = new EventFilter(null, null, null, null, null, null);

    /** The filter of the valid fields, and the names of the invalid ones. */
    public record Read(EventFilter filter, List<String> invalid) {

        public boolean valid() {
            return invalid.isEmpty();
        }
    }

    public static Read of(String country, String kind, String from, String to, String campaign, String q) {
        List<String> invalid = new ArrayList<>();
        String countryCode = blankToNull(country);
        if (countryCode != null && SCOPES.contains(countryCode.toLowerCase(Locale.ROOT))) {
            countryCode = countryCode.toLowerCase(Locale.ROOT);
        } else if (countryCode != null && !COUNTRY.matcher(countryCode).matches()) {
            invalid.add("country");
            countryCode = null;
        }
        String kindName = blankToNull(kind);
        if (kindName != null && !KINDS.contains(kindName)) {
            invalid.add("kind");
            kindName = null;
        }
        LocalDate fromDay = day(from, "from", invalid);
        LocalDate toDay = day(to, "to", invalid);
        if (fromDay != null && toDay != null && toDay.isBefore(fromDay)) {
            invalid.add("to");
            toDay = null;
        }
        String campaignText = text(campaign, "campaign", invalid);
        String query = text(q, "q", invalid);
        EventFilter filter = new EventFilter(
                countryCode == null || SCOPES.contains(countryCode)
                        ? countryCode
                        : countryCode.toUpperCase(Locale.ROOT),
                kindName,
                fromDay == null ? null : fromDay.toString(),
                toDay == null ? null : toDay.toString(),
                campaignText,
                query);
        return new Read(filter, List.copyOf(invalid));
    }

    /** The filter as the API's query parameters, in a fixed order, blank ones left out. */
    public Map<String, String> parameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        fields().forEach((name, value) -> parameters.put(name.equals("country") && isScope() ? "scope" : name, value));
        return parameters;
    }

    /** Whether {@code country} names a scope (online, transnational) rather than a country. */
    public boolean isScope() {
        return country != null && SCOPES.contains(country);
    }

    /**
     * The same filter for incidents with no place on a map, as the API's query parameters: of
     * {@code scope} ({@code null}: of either), targeting the filter's country when it has one, since
     * none happened in it. A filter that is itself a scope stays as it is.
     */
    public Map<String, String> incidentParameters(String scope) {
        if (isScope()) {
            return parameters();
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        put(parameters, "scope", scope);
        fields().forEach((name, value) -> {
            if (!name.equals("country")) {
                parameters.put(name, value);
            } else if (!isScope()) {
                parameters.put("target", value);
            }
        });
        return parameters;
    }

    /** The filter as the home page's form sends it, in a fixed order, blank ones left out. */
    private Map<String, String> fields() {
        Map<String, String> parameters = new LinkedHashMap<>();
        put(parameters, "country", country);
        put(parameters, "kind", kind);
        put(parameters, "from", from);
        put(parameters, "to", to);
        put(parameters, "campaign", campaign);
        put(parameters, "q", q);
        return parameters;
    }

    /** The same filter limited to one kind. */
    public EventFilter withKind(String otherKind) {
        return new EventFilter(country, otherKind, from, to, campaign, q);
    }

    /** {@code country=DE&kind=rally}, URL-encoded, as the home page's form sends it; empty for no filter. */
    public String query() {
        return encode(fields());
    }

    /** The same filter as the API's query ({@code scope=online} where the form says {@code country=online}). */
    public String apiQuery() {
        return encode(parameters());
    }

    private static String encode(Map<String, String> parameters) {
        StringBuilder query = new StringBuilder();
        parameters.forEach((name, value) -> {
            if (!query.isEmpty()) {
                query.append('&');
            }
            query.append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        });
        return query.toString();
    }

    public boolean isEmpty() {
        return fields().isEmpty();
    }

    private static void put(Map<String, String> parameters, String name, String value) {
        if (value != null) {
            parameters.put(name, value);
        }
    }

    private static LocalDate day(String value, String name, List<String> invalid) {
        String text = blankToNull(value);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            invalid.add(name);
            return null;
        }
    }

    private static String text(String value, String name, List<String> invalid) {
        String text = blankToNull(value);
        if (text != null && text.length() > MAX_TEXT) {
            invalid.add(name);
            return null;
        }
        return text;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
