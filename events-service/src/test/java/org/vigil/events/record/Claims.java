package org.vigil.events.record;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.vigil.contracts.events.ClaimApproved;
import org.vigil.contracts.vocabulary.ClaimProperty;
import org.vigil.contracts.vocabulary.Rating;

/** Approved claims for tests, approved at minute {@code n} of 14 February 2026 so order is plain to read. */
public final class Claims {

    public static final UUID EVENT = UUID.fromString("00000000-0000-4000-8000-000000000001");
    public static final UUID OTHER_EVENT = UUID.fromString("00000000-0000-4000-8000-000000000002");

    public static final String MUNICH_EXISTENCE = "{'kind': 'rally', 'title': 'Global day of action rally in Munich',"
            + " 'date': '2026-02-14', 'concerns': 'IR',"
            + " 'place': {'countryCode': 'DE', 'city': 'Munich', 'lat': 48.137, 'lon': 11.575, 'precision': 'city'}}";

    private static final ObjectMapper JSON = new ObjectMapper();

    private Claims() {}

    public static Instant minute(int n) {
        return Instant.parse("2026-02-14T12:00:00Z").plusSeconds(60L * n);
    }

    public static UUID id(int n) {
        return UUID.fromString(String.format("00000000-0000-4000-9000-%012d", n));
    }

    /** JSON written with single quotes, for readability. */
    public static JsonNode json(String singleQuoted) {
        try {
            return JSON.readTree(singleQuoted.replace('\'', '"'));
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    public static ClaimApproved.Citation citation(int source, String publisher, Rating rating) {
        return ClaimApproved.Citation.quoting(
                        id(1000 + source), "https://example.org/" + source, "Source " + source, "quoted words", 0, 12)
                .publishedBy(id(2000 + source), publisher, rating);
    }

    /** Claim {@code n}, approved at minute {@code n}, citing source {@code n}. */
    public static ApprovedClaim claim(int n, ClaimProperty property, String value) {
        return claim(n, minute(n), property, value);
    }

    public static ApprovedClaim claim(int n, Instant approvedAt, ClaimProperty property, String value) {
        return new ApprovedClaim(
                id(n), property, json(value), List.of(citation(n, "Publisher " + n, Rating.RELIABLE)), approvedAt);
    }

    public static ApprovedClaim existence(int n) {
        return claim(n, ClaimProperty.EXISTENCE, MUNICH_EXISTENCE);
    }

    public static ApprovedClaim attendance(int n, String value) {
        return claim(n, ClaimProperty.ATTENDANCE, value);
    }

    /** Claim {@code n}: {@code name} took part in the event in {@code role} (its wire name). */
    public static ApprovedClaim actor(int n, String name, String role) {
        return claim(n, ClaimProperty.ACTOR, "{'name': '" + name + "', 'role': '" + role + "'}");
    }

    /** Claim {@code n}: the event relates to {@code other} as {@code type} (its wire name) says. */
    public static ApprovedClaim relation(int n, String type, UUID other) {
        return claim(n, ClaimProperty.RELATION, "{'type': '" + type + "', 'eventId': '" + other + "'}");
    }
}
