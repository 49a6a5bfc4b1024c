package org.vigil.gateway;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vigil.gateway.standin.UpstreamStandIns;
import org.vigil.testing.OidcTestResource;

/** A token the gateway cannot verify with the realm's keys is refused quietly: a 401, no ERROR line. */
@QuarkusTest
@QuarkusTestResource(OidcTestResource.class)
@QuarkusTestResource(UpstreamStandIns.class)
class UnverifiableTokenTest {

    private final List<String> errors = new ArrayList<>();
    private final Handler errorCollector = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.SEVERE.intValue()) {
                synchronized (errors) {
                    errors.add(record.getLoggerName() + ": " + record.getMessage());
                }
            }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    @BeforeEach
    void collectErrors() {
        Logger.getLogger("").addHandler(errorCollector);
    }

    @AfterEach
    void stopCollecting() {
        Logger.getLogger("").removeHandler(errorCollector);
    }

    @Test
    void garbageTokenGets401WithoutAnErrorLine() {
        given().header("Authorization", "Bearer garbage")
                .when()
                .get("/api/v1/moderation/queue")
                .then()
                .statusCode(401);

        assertEquals(List.of(), errors);
    }

    @Test
    void unsignedTokenGets401WithoutAnErrorLine() {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String unsigned = b64.encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString("{\"sub\":\"mallory\",\"realm_access\":{\"roles\":[\"admin\"]}}"
                        .getBytes(StandardCharsets.UTF_8))
                + ".";

        given().header("Authorization", "Bearer " + unsigned)
                .when()
                .get("/api/v1/audit")
                .then()
                .statusCode(401);

        assertEquals(List.of(), errors);
    }

    @Test
    void tokenSignedWithAnUnknownKeyGets401WithoutAnErrorLine() {
        String token = Callers.person("moderator");
        String forged = token.substring(0, token.lastIndexOf('.') + 1) + "c2lnbmF0dXJl";

        given().header("Authorization", forged)
                .when()
                .get("/api/v1/moderation/queue")
                .then()
                .statusCode(401);

        assertEquals(List.of(), errors);
    }
}
