package org.vigil.events.query;

import java.util.List;

/**
 * The SQL of the record's hot reads, built apart from their execution so that the benchmark
 * times exactly what the service sends. Parameters are numbered {@code $1…} in the order they
 * are added to {@code params}.
 */
public final class RecordSql {

    /** The condition every public read starts from; the partial indexes carry the same predicate. */
    public static final String PUBLIC = "merged_into is null and retracted_at is null";

    /**
     * Whether a row's {@code country_code} is a country and not the scope of an incident with no
     * place on a map (V4__incidents_tallies.sql): those are counted in their own bucket, never as a
     * country.
     */
    public static final String IN_A_COUNTRY = "length(country_code) = 2";

    /**
     * How far before {@code from} a regular event (closed, at most 31 days long) can start and
     * still overlap it: what bounds the index range of a dated list (see V1__public_record.sql).
     */
    private static final int REGULAR_SPAN_DAYS = 31;

    /**
     * How exactly an event's days are known, from its first and last day (the same in {@code event}
     * and {@code event_tally}): {@code day}, a whole calendar {@code month} or {@code year}, an
     * {@code open} range or any other {@code range}.
     */
    private static final String DAYS_KNOWN = """
            (case when first_day = '-infinity' or last_day = 'infinity' then 'open'
                when first_day = last_day then 'day'
                when extract(day from first_day) = 1 and last_day = (first_day + interval '1 month' - interval '1 day')::date
                    then 'month'
                when extract(doy from first_day) = 1 and last_day = (first_day + interval '1 year' - interval '1 day')::date
                    then 'year'
                else 'range' end)""";

    private RecordSql() {}

    /**
     * Up to {@code count} public events after {@code after} (from the newest when {@code null}) in
     * list order (sort date, then id, descending), as {@code doc} (column {@code document} as
     * text), {@code sort_date} and {@code id}.
     */
    public static String page(
            EventFilter filter, EventQueries.Cursor after, int count, String document, List<Object> params) {
        return filter.hasDates()
                ? datedPage(filter, after, count, document, params)
                : branch(filter, after, count, document, "", params);
    }

    /**
     * A dated list in two index range scans merged in order: regular events (closed dates of at
     * most 31 days, nearly all) between {@code from - 31} and {@code to}, and the rest (open ends,
     * long ranges), which are few, through their own index.
     */
    private static String datedPage(
            EventFilter filter, EventQueries.Cursor after, int count, String document, List<Object> params) {
        StringBuilder bounds = new StringBuilder(" and regular");
        if (filter.to() != null) {
            params.add(filter.to());
            bounds.append(" and sort_date <= $").append(params.size());
        }
        if (filter.from() != null) {
            params.add(filter.from().minusDays(REGULAR_SPAN_DAYS));
            bounds.append(" and sort_date >= $").append(params.size());
        }
        String regular = branch(filter, after, count, document, bounds.toString(), params);
        String irregular = branch(filter, after, count, document, " and not regular", params);
        params.add(count);
        return "select doc, sort_date, id from ((" + regular + ") union all (" + irregular
                + ")) page order by sort_date desc, id desc limit $" + params.size();
    }

    private static String branch(
            EventFilter filter,
            EventQueries.Cursor after,
            int count,
            String document,
            String bounds,
            List<Object> params) {
        StringBuilder sql = new StringBuilder("select ")
                .append(document)
                .append("::text as doc, sort_date, id from event where ")
                .append(PUBLIC)
                .append(bounds);
        filter.appendTo(sql, params);
        if (after != null) {
            after.appendAfter(sql, params, "id");
        }
        params.add(count);
        return sql.append(" order by sort_date desc, id desc limit $")
                .append(params.size())
                .toString();
    }

    /**
     * Counts of public events per {@code key} ({@code n}; for cities also {@code country}), days in
     * date order and the rest largest first: from {@code event_total} or {@code event_tally} when
     * the filter is no finer than they know, from {@code event} otherwise. By day, only events known
     * to the day are counted, each on its day, which lies inside the filter's dates; the others are
     * what {@link #notByDay} counts.
     */
    public static String counts(EventFilter filter, StatsQueries.GroupBy groupBy, List<Object> params) {
        StringBuilder sql = new StringBuilder();
        if (filter.totalled() && groupBy == StatsQueries.GroupBy.CITY) {
            sql.append("select min(city) as key, country_code as country, sum(events)::bigint as n from event_total")
                    .append(" where city_key <> ''");
            filter.appendTo(sql, params);
            sql.append(" group by country_code, city_key having sum(events) > 0");
        } else if (filter.totalled() && groupBy != StatsQueries.GroupBy.DAY) {
            sql.append("select ")
                    .append(groupBy == StatsQueries.GroupBy.COUNTRY ? "country_code" : "kind")
                    .append(" as key, sum(events)::bigint as n from event_total where true");
            filter.appendTo(sql, params);
            sql.append(" group by 1 having sum(events) > 0");
        } else if (filter.countable() && groupBy != StatsQueries.GroupBy.CITY) {
            String key = switch (groupBy) {
                case COUNTRY -> "country_code";
                case KIND -> "kind";
                default -> "first_day::text";
            };
            sql.append("select ").append(key).append(" as key, sum(events)::bigint as n from event_tally where true");
            if (groupBy == StatsQueries.GroupBy.DAY) {
                sql.append(" and first_day = last_day");
            }
            appendTallyFilter(filter, sql, params);
            sql.append(" group by 1 having sum(events) > 0");
        } else if (groupBy == StatsQueries.GroupBy.CITY) {
            sql.append("select min(city) as key, country_code as country, count(*) as n from event where ")
                    .append(PUBLIC)
                    .append(" and city is not null");
            filter.appendTo(sql, params);
            sql.append(" group by country_code, lower(city)");
        } else {
            String key = switch (groupBy) {
                case COUNTRY -> "country_code";
                case KIND -> "kind";
                default -> "first_day::text";
            };
            sql.append("select ")
                    .append(key)
                    .append(" as key, count(*) as n from event where ")
                    .append(PUBLIC);
            if (groupBy == StatsQueries.GroupBy.DAY) {
                sql.append(" and first_day = last_day");
            }
            filter.appendTo(sql, params);
            sql.append(" group by 1");
        }
        return sql.append(groupBy == StatsQueries.GroupBy.DAY ? " order by key" : " order by n desc, key")
                .toString();
    }

    /**
     * The events a count by day leaves out because their day is not known, per how their days are
     * known ({@code precision}: month, year, range, open) with their number ({@code n}).
     */
    public static String notByDay(EventFilter filter, List<Object> params) {
        StringBuilder sql = new StringBuilder();
        if (filter.countable()) {
            sql.append("select ")
                    .append(DAYS_KNOWN)
                    .append(" as precision, sum(events)::bigint as n from event_tally")
                    .append(" where first_day <> last_day");
            appendTallyFilter(filter, sql, params);
            sql.append(" group by 1 having sum(events) > 0");
        } else {
            sql.append("select ")
                    .append(DAYS_KNOWN)
                    .append(" as precision, count(*) as n from event where ")
                    .append(PUBLIC)
                    .append(" and first_day <> last_day");
            filter.appendTo(sql, params);
            sql.append(" group by 1");
        }
        return sql.append(" order by 1").toString();
    }

    /**
     * One row: {@code events}, {@code rallies}, {@code countries} and {@code cities} (told apart by
     * country: Paris, France and Paris, Texas are two), and {@code events_within} and
     * {@code rallies_within}, those whose days all lie inside the filter's dates; all {@code bigint}.
     * An event "in" the dates only overlaps them (a month that contains the window, an open range).
     */
    public static String summary(EventFilter filter, List<Object> params) {
        StringBuilder sql = new StringBuilder();
        String within = within(filter, params);
        if (filter.totalled()) {
            sql.append("""
                    select coalesce(sum(events), 0)::bigint as events,
                        coalesce(sum(events) filter (where kind = 'rally'), 0)::bigint as rallies,
                        coalesce(sum(events), 0)::bigint as events_within,
                        coalesce(sum(events) filter (where kind = 'rally'), 0)::bigint as rallies_within,
                        count(distinct country_code) filter (where events > 0 and %s) as countries,
                        count(distinct (country_code, city_key)) filter (where events > 0 and city_key <> '') as cities
                    from event_total where true""".formatted(IN_A_COUNTRY));
            filter.appendTo(sql, params);
            return sql.toString();
        }
        if (filter.countable()) {
            sql.append("""
                    select tally.events, tally.rallies, tally.events_within, tally.rallies_within, tally.countries,
                        places.cities from (
                        select coalesce(sum(events), 0)::bigint as events,
                            coalesce(sum(events) filter (where kind = 'rally'), 0)::bigint as rallies,
                            coalesce(sum(events) filter (where %1$s), 0)::bigint as events_within,
                            coalesce(sum(events) filter (where kind = 'rally' and %1$s), 0)::bigint as rallies_within,
                            count(distinct country_code) filter (where events > 0 and %2$s) as countries
                        from event_tally where true""".formatted(within, IN_A_COUNTRY));
            appendTallyFilter(filter, sql, params);
            sql.append(") tally, (select count(distinct (country_code, lower(city))) as cities from event where ")
                    .append(PUBLIC)
                    .append(" and city is not null");
            filter.appendTo(sql, params);
            return sql.append(") places").toString();
        }
        sql.append("""
                select count(*) as events, count(*) filter (where kind = 'rally') as rallies,
                    count(*) filter (where %1$s) as events_within,
                    count(*) filter (where kind = 'rally' and %1$s) as rallies_within,
                    count(distinct country_code) filter (where %2$s) as countries,
                    count(distinct (country_code, lower(city))) filter (where city is not null) as cities
                from event where""".formatted(within, IN_A_COUNTRY)).append(" ").append(PUBLIC);
        filter.appendTo(sql, params);
        return sql.toString();
    }

    /**
     * The condition "all the days (of an event or a tally's period) lie inside the filter's dates";
     * {@code true} without dates.
     */
    static String within(EventFilter filter, List<Object> params) {
        StringBuilder within = new StringBuilder("true");
        if (filter.from() != null) {
            params.add(filter.from());
            within.append(" and first_day >= $").append(params.size());
        }
        if (filter.to() != null) {
            params.add(filter.to());
            within.append(" and last_day <= $").append(params.size());
        }
        return within.toString();
    }

    /** The filter on {@code event_tally}: country, kind and the date overlap, bounded as the list's. */
    private static void appendTallyFilter(EventFilter filter, StringBuilder sql, List<Object> params) {
        filter.appendTo(sql, params);
        if (filter.from() != null) {
            params.add(filter.from().minusDays(REGULAR_SPAN_DAYS));
            sql.append(" and (first_day >= $").append(params.size()).append(" or not regular)");
        }
    }
}
