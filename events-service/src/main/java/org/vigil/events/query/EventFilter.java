package org.vigil.events.query;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.vigil.contracts.claims.PlaceScope;
import org.vigil.contracts.vocabulary.CountryCodes;
import org.vigil.contracts.vocabulary.EventKind;
import org.vigil.events.query.InvalidQuery.Parameter;

/**
 * The filters every read of the public record shares (docs/product.md §5): countries, cities and kinds (each
 * any of several), a date range an event's own range must overlap, campaign, full text, a bounding
 * box, the country an event concerns, and the time since which it changed. City and campaign
 * match without regard to case.
 *
 * <p>Incidents with no place on a map (docs/counting.md, "Online and transnational incidents"):
 * {@code country} is where an event happened, so it never matches them; {@code scope} ({@code online},
 * {@code transnational}) selects them, and {@code target} those that target a country. Keeping
 * country to the place keeps every count per country a count of what happened there.
 */
public record EventFilter(
        List<String> countries,
        List<String> cities,
        List<EventKind> kinds,
        LocalDate from,
        LocalDate to,
        PlaceScope scope,
        Finer finer) {

    /**
     * The conditions neither count table ({@code event_tally}, {@code event_total}) knows:
     * campaign, full text, bounding box, the country an event concerns, the time since which it
     * changed, and the country an incident targets. Any of them sends a count to the events.
     */
    public record Finer(
            String campaign, String q, double[] bbox, List<String> concerns, Instant updatedSince, String target) {

        /** Whether none of these conditions is set. */
        public boolean none() {
            return campaign == null
                    && q == null
                    && bbox == null
                    && concerns.isEmpty()
                    && updatedSince == null
                    && target == null;
        }
    }

    /** At most this many values in one filter, e.g. {@code country=DE,FR,…}. */
    static final int MAX_VALUES = 50;

    /** Parses the query parameters; {@link InvalidQuery} names each bad one. */
    public static EventFilter parse(
            String country, String city, String kind, String from, String to, String campaign, String q, String bbox) {
        return parse(country, city, kind, from, to, campaign, q, bbox, null, null, null, null);
    }

    /**
     * Parses the query parameters, {@code country}, {@code city}, {@code kind} and
     * {@code concerns} each a comma-separated list of values any of which matches, and the
     * filters on incidents with no place on a map; {@link InvalidQuery} names each bad one.
     */
    public static EventFilter parse(
            String country,
            String city,
            String kind,
            String from,
            String to,
            String campaign,
            String q,
            String bbox,
            String concerns,
            String updatedSince,
            String scope,
            String target) {
        List<Parameter> errors = new ArrayList<>();
        List<String> countryCodes = countries("country", country, errors);
        List<String> concernCodes = countries("concerns", concerns, errors);
        List<EventKind> eventKinds = new ArrayList<>();
        for (String value : values("kind", kind, errors)) {
            EventKind.fromWire(value)
                    .ifPresentOrElse(
                            eventKinds::add, () -> errors.add(new Parameter("kind", "unknown kind: " + value)));
        }
        LocalDate fromDate = date("from", from, errors);
        LocalDate toDate = date("to", to, errors);
        if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
            errors.add(new Parameter("to", "is before from"));
        }
        if (q != null && q.length() > 200) {
            errors.add(new Parameter("q", "at most 200 characters"));
        }
        double[] box = bbox == null ? null : box(bbox, errors);
        Instant since = instant("updatedSince", updatedSince, errors);
        List<String> cityNames = values("city", city, errors);
        PlaceScope placeScope = null;
        if (scope != null) {
            placeScope =
                    PlaceScope.fromWire(scope.strip().toLowerCase(Locale.ROOT)).orElse(null);
            if (placeScope == null) {
                errors.add(new Parameter("scope", "must be online or transnational"));
            }
        }
        String targetCode = null;
        if (target != null) {
            targetCode = target.strip().toUpperCase(Locale.ROOT);
            if (!CountryCodes.isValid(targetCode)) {
                errors.add(new Parameter("target", "not an ISO 3166-1 alpha-2 code"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidQuery(errors);
        }
        return new EventFilter(
                countryCodes,
                cityNames,
                List.copyOf(eventKinds),
                fromDate,
                toDate,
                placeScope,
                new Finer(blankToNull(campaign), blankToNull(q), box, concernCodes, since, targetCode));
    }

    /** Whether the filter names a date range. */
    public boolean hasDates() {
        return from != null || to != null;
    }

    /**
     * Whether {@code event_tally} can answer a count under this filter: it knows country, kind and
     * dates, nothing finer.
     */
    public boolean countable() {
        return cities.isEmpty() && finer.none();
    }

    /** Whether {@code event_total} can answer a count under this filter: it knows country, city and kind. */
    public boolean totalled() {
        return !hasDates() && finer.none();
    }

    /**
     * Appends this filter's conditions to {@code where}, numbering parameters from
     * {@code params.size() + 1}. An event matches the dates when its own days overlap them: an
     * open end reaches forever that way.
     */
    public void appendTo(StringBuilder where, List<Object> params) {
        appendUndatedTo(where, params);
        appendOverlapTo(where, params);
    }

    /** The conditions on everything but the dates. */
    public void appendUndatedTo(StringBuilder where, List<Object> params) {
        anyOf("country_code", countries, where, params);
        if (scope != null) {
            // where a scoped incident is counted: see V4__incidents_tallies.sql
            params.add(scope.wire());
            where.append(" and country_code = $").append(params.size());
        }
        if (finer.target() != null) {
            params.add(new String[] {finer.target()});
            where.append(" and targets @> $").append(params.size());
        }
        anyOf(
                "lower(city)",
                cities.stream().map(c -> c.toLowerCase(Locale.ROOT)).toList(),
                where,
                params);
        anyOf("kind", kinds.stream().map(EventKind::wire).toList(), where, params);
        anyOf("record->>'concerns'", finer.concerns(), where, params);
        if (finer.updatedSince() != null) {
            params.add(finer.updatedSince().atOffset(ZoneOffset.UTC));
            where.append(" and updated_at >= $").append(params.size());
        }
        if (finer.campaign() != null) {
            params.add(finer.campaign().toLowerCase(Locale.ROOT));
            where.append(" and lower(campaign) = $").append(params.size());
        }
        if (finer.q() != null) {
            params.add(SearchText.normalise(finer.q()));
            where.append(" and search @@ websearch_to_tsquery('simple', $")
                    .append(params.size())
                    .append(")");
        }
        if (finer.bbox() != null) {
            params.add(finer.bbox()[0]);
            int first = params.size();
            params.add(finer.bbox()[1]);
            params.add(finer.bbox()[2]);
            params.add(finer.bbox()[3]);
            // the GiST index on point(lon, lat) answers "inside the box", edges included
            where.append(" and lat is not null and lon is not null and point(lon, lat) <@ box(point($")
                    .append(first)
                    .append(", $")
                    .append(first + 1)
                    .append("), point($")
                    .append(first + 2)
                    .append(", $")
                    .append(first + 3)
                    .append("))");
        }
    }

    /** The date overlap: {@code first_day <= to and last_day >= from}. */
    public void appendOverlapTo(StringBuilder where, List<Object> params) {
        if (from != null) {
            params.add(from);
            where.append(" and last_day >= $").append(params.size());
        }
        if (to != null) {
            params.add(to);
            where.append(" and first_day <= $").append(params.size());
        }
    }

    /** One value is an equality the indexes answer as before; several are {@code = any(…)}. */
    private static void anyOf(String column, List<String> values, StringBuilder where, List<Object> params) {
        if (values.size() == 1) {
            params.add(values.get(0));
            where.append(" and ").append(column).append(" = $").append(params.size());
        } else if (values.size() > 1) {
            params.add(values.toArray(String[]::new));
            where.append(" and ")
                    .append(column)
                    .append(" = any($")
                    .append(params.size())
                    .append(")");
        }
    }

    /** The distinct non-blank values of a comma-separated parameter, in the order given. */
    private static List<String> values(String field, String value, List<Parameter> errors) {
        if (value == null) {
            return List.of();
        }
        List<String> values = Arrays.stream(value.split(","))
                .map(String::strip)
                .filter(v -> !v.isEmpty())
                .distinct()
                .toList();
        if (values.size() > MAX_VALUES) {
            errors.add(new Parameter(field, "at most " + MAX_VALUES + " values"));
            return List.of();
        }
        return values;
    }

    private static List<String> countries(String field, String value, List<Parameter> errors) {
        List<String> codes = new ArrayList<>();
        for (String code : values(field, value, errors)) {
            String upper = code.toUpperCase(Locale.ROOT);
            if (CountryCodes.isValid(upper)) {
                codes.add(upper);
            } else {
                errors.add(new Parameter(field, "not an ISO 3166-1 alpha-2 code: " + code));
            }
        }
        return List.copyOf(codes);
    }

    /** An RFC 3339 time with its offset, or a date (its start, UTC). */
    private static Instant instant(String field, String value, List<Parameter> errors) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (RuntimeException notATime) {
            try {
                return LocalDate.parse(value.strip())
                        .atStartOfDay(ZoneOffset.UTC)
                        .toInstant();
            } catch (RuntimeException notADate) {
                errors.add(new Parameter(field, "not a time (e.g. 2026-02-14T12:00:00Z) or a date (YYYY-MM-DD)"));
                return null;
            }
        }
    }

    private static LocalDate date(String field, String value, List<Parameter> errors) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (RuntimeException e) {
            errors.add(new Parameter(field, "not a date (YYYY-MM-DD)"));
            return null;
        }
    }

    /** minLon,minLat,maxLon,maxLat in WGS84, as RFC 7946 orders a bbox. */
    private static double[] box(String value, List<Parameter> errors) {
        String[] parts = value.split(",");
        try {
            if (parts.length != 4) {
                throw new IllegalArgumentException();
            }
            double[] box = new double[4];
            for (int i = 0; i < 4; i++) {
                box[i] = Double.parseDouble(parts[i].strip());
                if (!Double.isFinite(box[i])) {
                    throw new IllegalArgumentException(); // NaN compares false with every bound
                }
            }
            if (box[0] < -180 || box[2] > 180 || box[1] < -90 || box[3] > 90 || box[0] > box[2] || box[1] > box[3]) {
                throw new IllegalArgumentException();
            }
            return box;
        } catch (RuntimeException e) {
            errors.add(new Parameter("bbox", "must be minLon,minLat,maxLon,maxLat within WGS84 bounds"));
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
