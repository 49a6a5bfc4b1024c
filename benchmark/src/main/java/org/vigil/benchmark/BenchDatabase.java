package org.vigil.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;

/**
 * The benchmark's own database: migrated by the service's Flyway scripts (so its tables and
 * indexes are the service's), loaded with synthetic events in one SQL statement, and queried
 * directly with the SQL the service sends.
 */
final class BenchDatabase {

    /** The key events-service seals webhook secrets with, here and in the service it starts. */
    static final String WEBHOOK_SECRET_KEY = "benchmark-only-webhook-secret-key-of-32-bytes";

    private static final Pattern PARAMETER = Pattern.compile("\\$(\\d+)");

    private final String url;
    private final String name;
    private final String user;
    private final String password;

    BenchDatabase(String host, int port, String name, String user, String password) {
        this.url = "jdbc:postgresql://" + host + ":" + port + "/" + name;
        this.name = name;
        this.user = user;
        this.password = password;
    }

    /**
     * Applies the service's migrations. A database migrated by an older version of them (the
     * schema is not released yet, so V1 still changes) is cleaned and migrated again; one that only
     * lacks newer migrations gets them, as a deployed service's database would (its data kept).
     *
     * @return whether the schema was created afresh
     */
    boolean migrate() {
        // V6 (events-service's Java migration) seals webhook secrets with the service's key; the
        // benchmark's service runs with this one too
        System.setProperty("vigil.webhooks.secret-key", WEBHOOK_SECRET_KEY);
        Flyway flyway = Flyway.configure()
                .dataSource(url, user, password)
                .locations("classpath:db/migration", "classpath:db/messaging")
                .cleanDisabled(false)
                .ignoreMigrationPatterns("*:pending")
                .load();
        boolean fresh = false;
        if (!flyway.validateWithResult().validationSuccessful) {
            Report.progress("the bench schema is not the service's current one: recreating it");
            flyway.clean();
            fresh = true;
        }
        flyway.migrate();
        return fresh;
    }

    String name() {
        return name;
    }

    long publicEvents() throws SQLException {
        try (Connection connection = connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "select count(*) from event where merged_into is null and retracted_at is null")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /**
     * Replaces the record with {@code events} synthetic events. The secondary indexes are dropped
     * and built again afterwards (from their own definitions, so they stay the migration's) and the
     * tallies are counted once instead of by their trigger a million times: both are what makes a
     * million rows load in minutes rather than an hour.
     */
    void load(long events) throws SQLException, IOException {
        try (Connection connection = connect();
                Statement statement = connection.createStatement()) {
            statement.execute("set maintenance_work_mem = '256MB'");
            statement.execute("set synchronous_commit = off");
            statement.execute(
                    "truncate event, event_change, event_tally, event_total, approved_claim, inbox_message, outbox_message");
            List<String> indexes = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("""
                    select indexname, indexdef from pg_indexes
                    where schemaname = current_schema() and tablename in ('event', 'event_change')
                      and indexname not in ('event_pkey', 'event_change_pkey')""")) {
                while (rows.next()) {
                    indexes.add(rows.getString("indexdef"));
                    statement.addBatch("drop index " + rows.getString("indexname"));
                }
            }
            statement.executeBatch();
            statement.execute("alter table event disable trigger event_tally_follow");
            long started = System.nanoTime();
            statement.execute(syntheticEvents(events));
            Report.progress("generated %,d events in %.0f s", events, seconds(started));
            started = System.nanoTime();
            statement.execute("""
                    insert into event_tally (country_code, kind, first_day, last_day, events)
                    select country_code, kind, first_day, last_day, count(*) from event
                    where merged_into is null and retracted_at is null group by 1, 2, 3, 4""");
            statement.execute("""
                    insert into event_total (country_code, city_key, kind, city, events)
                    select country_code, coalesce(lower(city), ''), kind, min(city), count(*) from event
                    where merged_into is null and retracted_at is null group by 1, 2, 3""");
            statement.execute("alter table event enable trigger event_tally_follow");
            for (String index : indexes) {
                statement.execute(index);
            }
            Report.progress("counted the tallies and built %d indexes in %.0f s", indexes.size(), seconds(started));
        }
        analyse();
    }

    /** VACUUM ANALYZE: planner statistics, and the visibility map index-only scans need. */
    void analyse() throws SQLException {
        long started = System.nanoTime();
        try (Connection connection = connect();
                Statement statement = connection.createStatement()) {
            statement.execute("vacuum analyze event");
            statement.execute("vacuum analyze event_tally");
            statement.execute("vacuum analyze event_total");
            statement.execute("vacuum analyze event_change");
        }
        Report.progress("vacuumed and analysed in %.0f s", seconds(started));
    }

    /** A statement of the service's SQL ({@code $n} parameters) and its parameters, ready to run again and again. */
    Query prepare(Connection connection, String sql, List<Object> params) throws SQLException {
        Matcher matcher = PARAMETER.matcher(sql);
        int expected = 1;
        while (matcher.find()) {
            if (Integer.parseInt(matcher.group(1)) != expected++) {
                throw new IllegalStateException("parameters out of order in " + sql);
            }
        }
        PreparedStatement statement =
                connection.prepareStatement(PARAMETER.matcher(sql).replaceAll("?"));
        for (int i = 0; i < params.size(); i++) {
            statement.setObject(i + 1, params.get(i));
        }
        return new Query(statement);
    }

    /** One prepared query; {@link #run()} reads every row and every column, as the service does. */
    record Query(PreparedStatement statement) implements AutoCloseable {

        @Override
        public void close() throws SQLException {
            statement.close();
        }

        long run() throws SQLException {
            long rows = 0;
            try (ResultSet result = statement.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    for (int c = 1; c <= columns; c++) {
                        result.getString(c);
                    }
                    rows++;
                }
            }
            return rows;
        }
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    private static String syntheticEvents(long events) throws IOException {
        try (InputStream in = BenchDatabase.class.getResourceAsStream("/synthetic-events.sql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("${events}", Long.toString(events));
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
