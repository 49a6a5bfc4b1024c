package org.vigil.moderation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.vigil.moderation.Fixtures.contributor;
import static org.vigil.moderation.Fixtures.newEvent;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.vigil.idempotency.IdempotencyPurge;
import org.vigil.testing.ArtemisTestResource;
import org.vigil.testing.OidcTestResource;

@QuarkusTest
@QuarkusTestResource(ArtemisTestResource.class)
@QuarkusTestResource(OidcTestResource.class)
class IdempotencyKeyTest {

    @Inject
    IdempotencyPurge purge;

    static ValidatableResponse post(String path, String token, String key, String body) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON).body(body);
        if (key != null) {
            request = request.header("Idempotency-Key", key);
        }
        return request.when().post(path).then();
    }

    static ValidatableResponse submit(String name, String key, String body) {
        return post("/api/v1/reports", contributor(name), key, body);
    }

    static String rally(String city) {
        return newEvent("rally", "2026-02-14", "DE", city, 50.0, 8.0);
    }

    static long reportsBy(String name) {
        return Database.number("select count(*) from report where submitter = ?", "user-" + name);
    }

    static String someone() {
        return "keyed-" + UUID.randomUUID();
    }

    @Nested
    class OnReports {

        @Test
        void aRetryWithTheSameKeyAndBodyGetsTheFirstAnswerAndSubmitsNothing() {
            String name = someone();
            String key = UUID.randomUUID().toString();
            String report = rally("Munich");
            ExtractableResponse<Response> first =
                    submit(name, key, report).statusCode(202).extract();
            ExtractableResponse<Response> retry = submit(name, key, report)
                    .statusCode(202)
                    .header("Idempotent-Replayed", "true")
                    .extract();
            assertEquals(first.asString(), retry.asString());
            assertEquals(1, reportsBy(name));
        }

        @Test
        void theSameKeyWithAnotherBodyIsA422AndSubmitsNothing() {
            String name = someone();
            String key = UUID.randomUUID().toString();
            submit(name, key, rally("Munich")).statusCode(202);
            submit(name, key, rally("Berlin"))
                    .statusCode(422)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://vigil.example/problems/idempotency-key-reused"));
            assertEquals(1, reportsBy(name));
        }

        @Test
        void withoutAKeyEveryRequestIsSubmitted() {
            String name = someone();
            submit(name, null, rally("Munich")).statusCode(202);
            submit(name, null, rally("Munich")).statusCode(202);
            assertEquals(2, reportsBy(name));
        }

        @Test
        void aKeyBelongsToItsCaller() {
            String first = someone();
            String second = someone();
            String key = UUID.randomUUID().toString();
            String one = submit(first, key, rally("Munich"))
                    .statusCode(202)
                    .extract()
                    .path("id");
            String other = submit(second, key, rally("Munich"))
                    .statusCode(202)
                    .extract()
                    .path("id");
            assertNotEquals(one, other);
            assertEquals(1, reportsBy(second));
        }

        @Test
        void aKeyBelongsToItsEndpoint() {
            String name = someone();
            String key = UUID.randomUUID().toString();
            submit(name, key, rally("Munich")).statusCode(202);
            post("/api/v1/reports/batch", contributor(name), key, "[" + rally("Munich") + "]")
                    .statusCode(200)
                    .body("accepted", equalTo(1));
            assertEquals(2, reportsBy(name));
        }

        @Test
        void concurrentRetriesWithOneKeySubmitOnce() {
            String name = someone();
            String key = UUID.randomUUID().toString();
            String report = rally("Munich");
            List<CompletableFuture<String>> retries = IntStream.range(0, 4)
                    .mapToObj(i -> CompletableFuture.supplyAsync(() ->
                            submit(name, key, report).statusCode(202).extract().<String>path("id")))
                    .toList();
            List<String> ids =
                    retries.stream().map(CompletableFuture::join).distinct().toList();
            assertEquals(1, ids.size(), "every retry names the one report");
            assertEquals(1, reportsBy(name));
        }

        @Test
        void aRefusedRequestIsNotRememberedSoItsCorrectionMayUseTheKey() {
            String name = someone();
            String key = UUID.randomUUID().toString();
            submit(name, key, "{\"claims\": []}").statusCode(400);
            submit(name, key, rally("Munich")).statusCode(202);
            assertEquals(1, reportsBy(name));
        }

        @Test
        void aKeyThatIsNotVisibleAsciiIsA400NamingTheHeader() {
            submit(someone(), "a key with spaces", rally("Munich"))
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", hasItem("Idempotency-Key"));
            submit(someone(), "k".repeat(256), rally("Munich")).statusCode(400);
        }
    }

    @Nested
    class OnBatches {

        @Test
        void aRetriedBatchGetsTheFirstAnswerAndSubmitsNothing() {
            String name = someone();
            String key = UUID.randomUUID().toString();
            String body = "[" + rally("Munich") + "," + rally("Berlin") + "]";
            String first = post("/api/v1/reports/batch", contributor(name), key, body)
                    .statusCode(200)
                    .extract()
                    .asString();
            String retry = post("/api/v1/reports/batch", contributor(name), key, body)
                    .statusCode(200)
                    .header("Idempotent-Replayed", "true")
                    .extract()
                    .asString();
            assertEquals(first, retry);
            assertEquals(2, reportsBy(name));
        }

        @Test
        void anotherBatchUnderTheSameKeyIsA422() {
            String name = someone();
            String key = UUID.randomUUID().toString();
            post("/api/v1/reports/batch", contributor(name), key, "[" + rally("Munich") + "]")
                    .statusCode(200);
            post("/api/v1/reports/batch", contributor(name), key, "[" + rally("Berlin") + "]")
                    .statusCode(422);
            assertEquals(1, reportsBy(name));
        }
    }

    @Nested
    class Lifetime {

        @Test
        void anExpiredKeyIsPurgedAndThenUnused() throws SQLException {
            String name = someone();
            String key = UUID.randomUUID().toString();
            submit(name, key, rally("Munich")).statusCode(202);
            expireEveryKey();

            long purged = purge.purge().await().indefinitely();
            submit(name, key, rally("Munich")).statusCode(202);

            assertFalse(purged < 1, "the expired answer was dropped");
            assertEquals(2, reportsBy(name));
        }

        @Test
        void anExpiredKeyNotYetPurgedCountsAsUnused() throws SQLException {
            String name = someone();
            String key = UUID.randomUUID().toString();
            submit(name, key, rally("Munich")).statusCode(202);
            expireEveryKey();

            submit(name, key, rally("Berlin")).statusCode(202);

            assertEquals(2, reportsBy(name));
        }

        @Test
        void aKeptAnswerNamesNeitherTheCallerNorTheKey() throws SQLException {
            String name = someone();
            String key = "key-" + UUID.randomUUID();
            submit(name, key, rally("Munich")).statusCode(202);
            try (Connection connection = Database.connect();
                    Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery(
                            "select digest, fingerprint, body, location from idempotent_request")) {
                while (rows.next()) {
                    for (int column = 1; column <= 4; column++) {
                        String value = String.valueOf(rows.getString(column));
                        assertFalse(
                                value.contains(name) || value.contains(key), "a kept answer names its caller or key");
                    }
                }
            }
        }

        private static void expireEveryKey() throws SQLException {
            try (Connection connection = Database.connect();
                    Statement statement = connection.createStatement()) {
                statement.executeUpdate("update idempotent_request set expires_at = now() - interval '1 second'");
            }
        }
    }
}
