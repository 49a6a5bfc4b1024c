package org.vigil.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.vigil.testing.HostileTokens;

/**
 * Issue 12's token matrix: every forged or misused token is refused with 401, a Bearer challenge
 * and problem details, at the gateway and at each service reached directly; none of them makes
 * anything log at ERROR. A token that differs from the forgeries only in being right is accepted
 * (the control), so each 401 is the one check at work.
 */
class TokenMatrixIT extends OnThePlatform {

    /** A read each target serves to a moderator, and its path. */
    private static Map<String, String> targets() {
        Map<String, String> targets = new LinkedHashMap<>();
        targets.put("gateway", "/api/v1/moderation/queue");
        targets.put("events-service", "/api/v1/events?limit=1");
        targets.put("sources-service", "/api/v1/sources/" + UUID.randomUUID());
        targets.put("moderation-service", "/api/v1/moderation/queue");
        return targets;
    }

    @TestFactory
    List<DynamicTest> everyForgedTokenIs401EverywhereAndNothingLogsAnError() {
        ServiceLogs logs = ServiceLogs.from(platform);
        HostileTokens hostile = SecuritySuite.tokens(platform, api);
        Map<String, String> forged = new LinkedHashMap<>(hostile.all());
        forged.put("Keycloak's own ID token", idTokenOf("moderator1"));
        List<DynamicTest> tests = new ArrayList<>();
        targets().forEach((target, path) -> {
            String base = target.equals("gateway") ? platform.gateway() : platform.service(target);
            tests.add(dynamicTest(
                    target + " accepts the control token",
                    () -> given().baseUri(base)
                            .auth()
                            .oauth2(hostile.acceptable())
                            .when()
                            .get(path)
                            .then()
                            .statusCode(not(401))));
            forged.forEach((name, token) -> tests.add(dynamicTest(
                    target + " refuses " + name,
                    () -> given().baseUri(base)
                            .auth()
                            .oauth2(token)
                            .when()
                            .get(path)
                            .then()
                            .statusCode(401)
                            .header("WWW-Authenticate", startsWith("Bearer"))
                            .contentType("application/problem+json"))));
        });
        tests.add(dynamicTest(
                "nothing logged at ERROR meanwhile", () -> assertEquals(List.of(), logs.errorsSinceStart())));
        return tests;
    }

    /** An ID token from the realm (scope openid): for the client that asked, not for the API. */
    private String idTokenOf(String username) {
        return given().baseUri(platform.keycloak())
                .contentType(ContentType.URLENC)
                .formParam("grant_type", "password")
                .formParam("client_id", "vigil-cli")
                .formParam("scope", "openid")
                .formParam("username", username)
                .formParam("password", Api.DEMO_PASSWORD)
                .when()
                .post("/realms/vigil/protocol/openid-connect/token")
                .then()
                .statusCode(200)
                .extract()
                .path("id_token");
    }
}
