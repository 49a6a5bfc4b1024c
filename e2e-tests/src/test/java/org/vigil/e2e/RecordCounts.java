package org.vigil.e2e;

import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the services' databases hold for a fault run, read directly: the API shows each party only
 * its own view, and a count must see every row, doubles included.
 */
final class RecordCounts {

    /** A report as moderation-service stored it, with its run marker. */
    record StoredReport(UUID id, String marker) {}

    /** A claim of a stored report, with its status in moderation-service (stored as the enum's name). */
    record StoredClaim(UUID id, UUID reportId, UUID eventId, String property, String status) {

        boolean approved() {
            return status.equalsIgnoreCase("approved");
        }

        boolean existence() {
            return property.equalsIgnoreCase("existence");
        }
    }

    private static final Pattern MARKER = Pattern.compile("\\((fault-[^)]+)\\)");

    private final Platform platform;
    private final String markerPrefix;

    RecordCounts(Platform platform, String markerPrefix) {
        this.platform = platform;
        this.markerPrefix = markerPrefix;
    }

    List<StoredReport> reports() {
        return query(
                "moderation-service",
                "select id, note from report where note like ?",
                statement -> {
                    statement.setString(1, "%(" + markerPrefix + "%");
                },
                row -> {
                    Matcher marker = MARKER.matcher(row.getString("note"));
                    return new StoredReport(row.getObject("id", UUID.class), marker.find() ? marker.group(1) : null);
                });
    }

    List<StoredClaim> claims() {
        return query(
                "moderation-service",
                """
                select c.id, c.report_id, c.event_id, c.property, c.status
                from claim c join report r on r.id = c.report_id where r.note like ?""",
                statement -> statement.setString(1, "%(" + markerPrefix + "%"),
                row -> new StoredClaim(
                        row.getObject("id", UUID.class),
                        row.getObject("report_id", UUID.class),
                        row.getObject("event_id", UUID.class),
                        row.getString("property"),
                        row.getString("status")));
    }

    /** Of these claims, those standing in the public record. */
    List<UUID> standing(Collection<UUID> claims) {
        return query(
                "events-service",
                "select claim_id from approved_claim where claim_id = any(?) and retracted_at is null",
                statement -> statement.setArray(1, uuids(statement.getConnection(), claims)),
                row -> row.getObject("claim_id", UUID.class));
    }

    /** How many change-feed rows each of these claims produced. */
    Map<UUID, Integer> changesPerClaim(Collection<UUID> claims) {
        Map<UUID, Integer> counts = new HashMap<>();
        query(
                "events-service",
                "select claim_id, count(*) as n from event_change where claim_id = any(?) group by claim_id",
                statement -> statement.setArray(1, uuids(statement.getConnection(), claims)),
                row -> counts.put(row.getObject("claim_id", UUID.class), row.getInt("n")));
        return counts;
    }

    /** Of these events, those whose history has a {@code created} change: they entered the public record. */
    List<UUID> created(Collection<UUID> events) {
        return query(
                "events-service",
                "select distinct event_id from event_change where event_id = any(?) and change = 'created'",
                statement -> statement.setArray(1, uuids(statement.getConnection(), events)),
                row -> row.getObject("event_id", UUID.class));
    }

    /** Of these events, how many are public (neither merged away nor retracted). */
    int publicEvents(Collection<UUID> events) {
        return query(
                        "events-service",
                        "select count(*) as n from event where id = any(?) and merged_into is null and retracted_at is null",
                        statement -> statement.setArray(1, uuids(statement.getConnection(), events)),
                        row -> row.getInt("n"))
                .get(0);
    }

    /** Every change-feed position the public record holds, in order. */
    List<Long> feedPositions() {
        return query(
                "events-service",
                "select position from event_change order by position",
                statement -> {},
                row -> row.getLong("position"));
    }

    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    private <T> List<T> query(String service, String sql, Binder binder, RowReader<T> reader) {
        String url = platform.jdbcUrl(service);
        try (Connection connection = DriverManager.getConnection(url, Platform.DB_USER, Platform.DB_PASSWORD);
                PreparedStatement statement = connection.prepareStatement(sql)) {
            binder.bind(statement);
            List<T> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(reader.read(result));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read " + service + "'s database", e);
        }
    }

    private static Array uuids(Connection connection, Collection<UUID> ids) throws SQLException {
        return connection.createArrayOf("uuid", ids.toArray());
    }
}
