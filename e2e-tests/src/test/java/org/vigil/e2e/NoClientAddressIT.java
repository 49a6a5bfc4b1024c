package org.vigil.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 12 §1: a person signs in (through the gateway's {@code /auth}) and submits a report from a
 * distinctive loopback address, claiming another one in {@code X-Forwarded-For} and naming a
 * distinctive browser; afterwards none of the three is anywhere the platform keeps anything: the
 * services' and Keycloak's logs, the three service databases (pg_dump), Keycloak's own database
 * (its dev H2 files, searched raw) and the broker's journal.
 */
class NoClientAddressIT extends OnThePlatform {

    private static final String SOURCE_ADDRESS = "127.0.0.23";
    private static final String CLAIMED_ADDRESS = "203.0.113.77";
    private static final String BROWSER = "VigilProbe/1.0";
    private static final List<String> TRACES = List.of(SOURCE_ADDRESS, CLAIMED_ADDRESS, BROWSER);

    @BeforeAll
    static void signInAndSubmitFromADistinctiveAddress() throws Exception {
        String token = fromTheProbe()
                .baseUri(platform.gateway())
                .contentType(ContentType.URLENC)
                .formParam("grant_type", "password")
                .formParam("client_id", "vigil-cli")
                .formParam("username", "contributor2")
                .formParam("password", Api.DEMO_PASSWORD)
                .when()
                .post("/auth/realms/vigil/protocol/openid-connect/token")
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");

        fromTheProbe()
                .baseUri(platform.gateway())
                .contentType(ContentType.JSON)
                .auth()
                .oauth2(token)
                .body(Reports.munich("no-address-" + UUID.randomUUID()))
                .when()
                .post("/api/v1/reports")
                .then()
                .statusCode(202);

        // the report travels on through the broker and Keycloak writes its H2 store lazily: let both settle
        TimeUnit.SECONDS.sleep(5);
    }

    @Test
    void noLogNamesTheClient() throws IOException {
        Map<String, List<String>> found = new TreeMap<>();
        try (Stream<Path> files = Files.walk(platform.logs)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                record(found, file.toString(), Files.readAllBytes(file));
            }
        }
        Path keycloakLogs = Path.of(System.getProperty("vigil.keycloak.home"), "data", "log");
        if (Files.isDirectory(keycloakLogs)) {
            try (Stream<Path> files = Files.walk(keycloakLogs)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    record(found, file.toString(), Files.readAllBytes(file));
                }
            }
        }
        assertEquals(Map.of(), found);
    }

    @Test
    void noServiceDatabaseNamesTheClient() throws Exception {
        Map<String, List<String>> found = new TreeMap<>();
        for (String service : List.of("events-service", "sources-service", "moderation-service")) {
            String database = Platform.database(service);
            record(found, database, pgDump(database));
        }
        assertEquals(Map.of(), found);
    }

    @Test
    void keycloaksDatabaseDoesNotNameTheClient() throws IOException {
        Map<String, List<String>> found = new TreeMap<>();
        Path store = Path.of(System.getProperty("vigil.keycloak.home"), "data", "h2");
        try (Stream<Path> files = Files.walk(store)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                record(found, file.toString(), Files.readAllBytes(file));
            }
        }
        assertEquals(Map.of(), found);
    }

    @Test
    void theBrokersJournalDoesNotNameTheClient() throws IOException {
        Map<String, List<String>> found = new TreeMap<>();
        try (Stream<Path> files = Files.walk(platform.broker.dataDirectory())) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                record(found, file.toString(), Files.readAllBytes(file));
            }
        }
        assertEquals(Map.of(), found);
    }

    /** Requests leave from {@link #SOURCE_ADDRESS}, claim {@link #CLAIMED_ADDRESS} and name {@link #BROWSER}. */
    private static RequestSpecification fromTheProbe() throws IOException {
        RestAssuredConfig boundToTheProbe = RestAssuredConfig.config()
                .httpClient(HttpClientConfig.httpClientConfig()
                        .setParam("http.route.local-address", InetAddress.getByName(SOURCE_ADDRESS)));
        return given().config(boundToTheProbe)
                .header("X-Forwarded-For", CLAIMED_ADDRESS)
                .header("Forwarded", "for=" + CLAIMED_ADDRESS)
                .header("User-Agent", BROWSER);
    }

    private static byte[] pgDump(String database) throws Exception {
        ProcessBuilder dump = new ProcessBuilder(
                        "pg_dump",
                        "-h",
                        "127.0.0.1",
                        "-p",
                        String.valueOf(platform.postgres.port()),
                        "-U",
                        Platform.DB_USER,
                        "-d",
                        database)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        dump.environment().put("PGPASSWORD", Platform.DB_PASSWORD);
        Process process = dump.start();
        byte[] sql = process.getInputStream().readAllBytes();
        assertEquals(0, process.waitFor(), "pg_dump of " + database);
        return sql;
    }

    /** Raw bytes in two readings: as UTF-8/Latin-1 text, and as UTF-16 (Java-serialised or H2 strings). */
    private static void record(Map<String, List<String>> found, String where, byte[] content) {
        String latin1 = new String(content, StandardCharsets.ISO_8859_1);
        String utf16 = new String(content, StandardCharsets.UTF_16BE);
        String utf16le = new String(content, StandardCharsets.UTF_16LE);
        List<String> traces = new ArrayList<>();
        for (String trace : TRACES) {
            if (latin1.contains(trace) || utf16.contains(trace) || utf16le.contains(trace)) {
                traces.add(trace);
            }
        }
        if (!traces.isEmpty()) {
            found.put(where, traces);
        }
    }
}
